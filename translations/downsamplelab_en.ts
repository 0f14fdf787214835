<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dsl</name>
    <message>
        <location filename="../core/src/axes.cpp" line="15"/>
        <location filename="../core/src/methods/plane_method.h" line="28"/>
        <source>Axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/axes.cpp" line="16"/>
        <source>Which axes to downsample: all spatial axes, or a subset (x, y, z, t).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="82"/>
        <source>Block mean (boxcar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="83"/>
        <source>Averages each block of M samples: a cheap low-pass whose sidelobes still let some energy fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="87"/>
        <location filename="../core/src/methods/decimate_fft.cpp" line="38"/>
        <location filename="../core/src/methods/decimate_fir.cpp" line="87"/>
        <location filename="../core/src/methods/decimate_fir.cpp" line="132"/>
        <location filename="../core/src/methods/decimate_halfband.cpp" line="157"/>
        <location filename="../core/src/methods/decimate_iir.cpp" line="55"/>
        <location filename="../core/src/methods/decimate_naive.cpp" line="95"/>
        <location filename="../core/src/methods/resize_common.cpp" line="17"/>
        <location filename="../core/src/methods/upsampling.cpp" line="14"/>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="88"/>
        <source>Block length along each axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="90"/>
        <source>Naive subsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="91"/>
        <source>Keeps every M-th sample with no filter: everything above the new Nyquist frequency folds back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="82"/>
        <source>FIR decimation (Kaiser, polyphase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="83"/>
        <source>Low-pass filters with a Kaiser-windowed sinc, then keeps every M-th sample; defaults equal scipy resample_poly(x, 1, M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="88"/>
        <location filename="../core/src/methods/decimate_fir.cpp" line="133"/>
        <location filename="../core/src/methods/decimate_iir.cpp" line="56"/>
        <location filename="../core/src/methods/decimate_naive.cpp" line="96"/>
        <source>Keep one sample in M along each axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="89"/>
        <location filename="../core/src/methods/resample_rational.cpp" line="87"/>
        <source>Half-length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="90"/>
        <source>Filter half-length in multiples of M (taps = 2 M half + 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="91"/>
        <location filename="../core/src/methods/resample_rational.cpp" line="89"/>
        <source>Kaiser beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="92"/>
        <location filename="../core/src/methods/resample_rational.cpp" line="90"/>
        <source>Window shape: larger is more attenuation, wider transition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="93"/>
        <location filename="../core/src/methods/resample_rational.cpp" line="91"/>
        <source>Stopband attenuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="94"/>
        <source>If set, beta and length follow from it by Kaiser&apos;s formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="95"/>
        <location filename="../core/src/methods/resample_rational.cpp" line="94"/>
        <source>Transition width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="96"/>
        <source>Full transition band as a fraction of the new Nyquist frequency (with attenuation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="97"/>
        <source>Cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="98"/>
        <source>Cutoff (-6 dB) as a fraction of the new Nyquist frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="127"/>
        <source>FIR decimation (Hamming, scipy decimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="128"/>
        <source>scipy decimate(ftype=&apos;fir&apos;): a 20 M + 1 tap Hamming-windowed sinc, zero phase, then every M-th sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="97"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="98"/>
        <source>Index of the first kept sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="17"/>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="18"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="19"/>
        <source>Amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="43"/>
        <location filename="../core/src/synth.cpp" line="246"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="114"/>
        <source>Sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="115"/>
        <source>A pure tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="117"/>
        <location filename="../core/src/synth.cpp" line="165"/>
        <location filename="../core/src/synth.cpp" line="234"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="122"/>
        <source>Three tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="123"/>
        <source>Three tones of equal amplitude; put one above the new Nyquist frequency to watch it fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="126"/>
        <source>Tone 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="127"/>
        <source>Tone 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="128"/>
        <source>Tone 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="138"/>
        <source>Start frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="139"/>
        <source>End frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="140"/>
        <source>Linear chirp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="141"/>
        <source>A sweep whose frequency rises linearly: the classic fold-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="148"/>
        <source>Logarithmic chirp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="149"/>
        <source>A sweep whose frequency rises exponentially.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="162"/>
        <source>Square wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="163"/>
        <source>A naive square wave: its harmonics reach far above Nyquist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="171"/>
        <source>White noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="172"/>
        <source>Gaussian white noise: energy at every frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="70"/>
        <source>Ceil mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="71"/>
        <source>Keep a last, partial window (torch ceil_mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="233"/>
        <source>Max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="234"/>
        <source>The largest value of each window (torch max_pool2d); aliases like plain subsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="250"/>
        <source>Average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="251"/>
        <source>The mean of each window (torch avg_pool2d): a box filter, then subsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="255"/>
        <source>Count padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="256"/>
        <source>Divide by the full window, zeros of the padding included (torch default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="271"/>
        <source>LP pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="272"/>
        <source>Power mean (mean |x|^p)^(1/p): average at p = 1, max as p grows; faithful: torch&apos;s sum form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="276"/>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="277"/>
        <source>The power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="280"/>
        <location filename="../core/src/methods/pooling.cpp" line="320"/>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="167"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="281"/>
        <source>corrected: power mean; faithful: torch lp_pool2d, (sum x^p)^(1/p).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="309"/>
        <source>SoftPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="310"/>
        <source>Softmax-weighted mean of each window (weights e^(beta x)); faithful: the repo&apos;s CPU path (weights summed over channels, clamped at 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="316"/>
        <source>Gain (beta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="317"/>
        <source>Softmax sharpness: 0 is average pooling, large is max pooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="321"/>
        <source>corrected: per-channel softmax (the CUDA kernel without its clamp); faithful: the CPU fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="383"/>
        <source>Global average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="384"/>
        <source>One value per channel: the mean of the whole plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="452"/>
        <source>Strided convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="453"/>
        <source>A fixed k × k filter applied every s pixels (ResNet geometry k3 s2 p1): aliases unless the kernel is a low-pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="458"/>
        <location filename="../core/src/methods/pooling.cpp" line="630"/>
        <location filename="../core/src/methods/upsampling.cpp" line="145"/>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="459"/>
        <source>box and binomial are low-pass; random (seeded) and Sobel are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="462"/>
        <location filename="../core/src/methods/pooling.cpp" line="633"/>
        <location filename="../core/src/synth.cpp" line="173"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="463"/>
        <location filename="../core/src/methods/pooling.cpp" line="634"/>
        <source>For the random kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="501"/>
        <location filename="../core/src/methods/pooling.cpp" line="635"/>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="287"/>
        <source>Blur size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="502"/>
        <source>Binomial filter taps (1: no blur, 4: the default of antialiased-cnns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="505"/>
        <location filename="../core/src/methods/pooling.cpp" line="638"/>
        <source>Extra padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="506"/>
        <location filename="../core/src/methods/pooling.cpp" line="639"/>
        <source>Added on every side (antialiased-cnns pad_off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="610"/>
        <source>BlurPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="611"/>
        <source>Binomial blur, then subsampling (antialiased-cnns BlurPool): aliasing traded for blur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="624"/>
        <source>ConvBlurPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="625"/>
        <source>Strided convolution made antialiased: the convolution at stride 1, ReLU, then BlurPool (antialiased-cnns&apos; ResNet blocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="631"/>
        <source>The fixed convolution kernel (as conv.strided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="636"/>
        <source>Binomial filter taps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="655"/>
        <source>MaxBlurPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="656"/>
        <source>Dense 2 × 2 max (stride 1), then BlurPool: max pooling&apos;s response with far less aliasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="675"/>
        <source>Haar wavelet (LL band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="676"/>
        <source>The orthonormal Haar approximation band (a + b + c + d) / 2 of each 2 × 2 block: twice average pooling; the detail bands are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="717"/>
        <source>Detail-preserving pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="718"/>
        <source>Weighted 2 × 2 mean that favours pixels deviating from the block mean (DPP lite); asym: only brighter ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="723"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="724"/>
        <source>sym: both signs of deviation; asym: only positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="725"/>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="726"/>
        <source>Added to every weight (large: average pooling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="727"/>
        <source>lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="728"/>
        <source>Exponent on the deviation (0: average pooling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="180"/>
        <source>Impulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="181"/>
        <source>A single sample: shows a method&apos;s impulse response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="182"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="183"/>
        <source>Fraction of the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="190"/>
        <source>Zone plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="191"/>
        <source>Rings whose frequency grows with the radius: every frequency at once, so aliasing shows as moiré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="195"/>
        <source>Edge frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="196"/>
        <source>Local frequency at the edge midpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="207"/>
        <source>Siemens star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="208"/>
        <source>Black and white spokes converging to the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="209"/>
        <source>Spokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="219"/>
        <source>Checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="220"/>
        <source>Squares with sharp edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="222"/>
        <source>Cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="232"/>
        <source>Sinusoidal grating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="233"/>
        <source>One spatial frequency at one angle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="236"/>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="244"/>
        <source>3-d Shepp–Logan phantom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="245"/>
        <source>The modified Shepp–Logan head phantom as a volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="247"/>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fft.cpp" line="33"/>
        <source>FFT resampling (brick wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fft.cpp" line="34"/>
        <source>Drops every DFT bin above the new Nyquist (scipy resample): no alias for periodic signals, edge ringing otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fft.cpp" line="39"/>
        <source>Output length is ceil(N / M) along each axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_halfband.cpp" line="152"/>
        <source>Half-band cascade (2^k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_halfband.cpp" line="153"/>
        <source>Halves the rate k times with half-band FIR stages: cheap, and as clean as the quality preset asks (hq: -120 dB from 1.005 x Nyquist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_halfband.cpp" line="158"/>
        <source>A power of two: 2, 4, 8, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_halfband.cpp" line="160"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_halfband.cpp" line="161"/>
        <source>fast: 80 dB, 0.8 of Nyquist kept; standard: 100 dB, 0.9; hq: 120 dB, 0.995; vhq: 150 dB, 0.995.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="50"/>
        <source>IIR decimation (Chebyshev I, zero phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="51"/>
        <source>scipy decimate default: an order-8 Chebyshev I low-pass at 0.8 of the new Nyquist, run forward and backward, then every M-th sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="57"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="58"/>
        <source>Filter order (number of poles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="59"/>
        <source>Passband ripple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="60"/>
        <source>Chebyshev passband ripple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="148"/>
        <location filename="../core/src/methods/pooling_common.cpp" line="282"/>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="149"/>
        <source>How the border is extended before filtering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="272"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="273"/>
        <source>Window size k × k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="277"/>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="278"/>
        <source>Step between windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="283"/>
        <source>Pixels added on every side (at most k / 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="247"/>
        <source>FLC pooling (FFT low-cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="248"/>
        <source>Keeps the central half of the 2-d spectrum: band-limited resampling. faithful: the repo&apos;s crop, wrong for sizes of the form 4n + 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="252"/>
        <source>corrected: a DC-centred crop for every size; faithful: int(n/4):int(3n/4) as flc_pooling.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="264"/>
        <source>ASAP pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="265"/>
        <source>FLC with a square-root Hamming taper on the spectrum against ringing. faithful: the repo&apos;s padding-one variant (a zero row and column first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="269"/>
        <source>corrected: no padding, DC-centred crop; faithful: ASAP_padding_one as resnet_asap.py uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="282"/>
        <source>Adaptive polyphase sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="283"/>
        <source>Keeps the one of the four stride-2 phases with the largest norm (over all channels): exactly invariant to integer circular shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="288"/>
        <source>Binomial blur before the choice (1: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="292"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="293"/>
        <source>How the phase is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="78"/>
        <source>Rational resampling L/M (polyphase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="79"/>
        <source>Changes the rate by L/M with one polyphase Kaiser low-pass; defaults equal scipy resample_poly(x, L, M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="83"/>
        <source>Up (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="84"/>
        <source>Interpolation factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="85"/>
        <source>Down (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="86"/>
        <source>Decimation factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="88"/>
        <source>Filter half-length in multiples of max(L, M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="92"/>
        <source>If set: a Kaiser design whose stopband starts at the lower Nyquist frequency with this attenuation (HQ: 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="95"/>
        <source>With attenuation: the passband ends this fraction of the lower Nyquist frequency below it (libsoxr&apos;s default: 0.087).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="126"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="127"/>
        <source>float: exact, in floating point. pillow8: Pillow&apos;s 8-bit images (horizontal pass, then vertical, each rounded and clipped to 0..255), to match its uint8 results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="135"/>
        <source>Antialias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="136"/>
        <source>Stretch the kernel by the scale when downsampling (Pillow, torch antialias=True); off: the plain kernel (OpenCV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="179"/>
        <source>Nearest neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="180"/>
        <source>Picks one input pixel per output pixel: no filtering, maximal aliasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="184"/>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="185"/>
        <source>center: floor((j + 1/2) s) as Pillow and torch nearest-exact; floor: floor(j s) as OpenCV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="210"/>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="211"/>
        <source>Triangle kernel. Without antialias it reads only 2 input pixels per axis whatever the factor, so it aliases when downsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="240"/>
        <source>Bicubic (Keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="242"/>
        <source>Keys cubic convolution; a = -0.75 as OpenCV, -0.5 as Pillow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="245"/>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="246"/>
        <source>Keys parameter: -0.75 (OpenCV, torch plain), -0.5 (Pillow, torch antialias).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="276"/>
        <source>Lanczos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="277"/>
        <source>Windowed sinc sinc(x) sinc(x / a): sharp, with slight ringing; a = 3 as Pillow, 4 as OpenCV LANCZOS4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="282"/>
        <source>Lobes (a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="283"/>
        <source>Kernel half-width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="301"/>
        <source>Box (Pillow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="302"/>
        <source>Box kernel stretched over each output pixel&apos;s footprint (Pillow BOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="330"/>
        <source>Hamming (Pillow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="331"/>
        <source>Hamming-windowed sinc of support 1 (Pillow HAMMING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="378"/>
        <source>Area (OpenCV INTER_AREA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="379"/>
        <source>Averages the exact footprint of each output pixel, fractional pixels weighted by overlap; an integer factor is the block mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="18"/>
        <source>Downsampling factor along each resized axis (output = floor(n / factor)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="20"/>
        <source>Output height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="21"/>
        <source>Explicit output rows (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="22"/>
        <source>Output width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="23"/>
        <source>Explicit output columns (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="24"/>
        <source>Output depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="25"/>
        <source>Explicit output slices of a volume (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="26"/>
        <source>Target spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="27"/>
        <source>Resample a scan to this voxel size along every resized axis, from its physical spacing (0: use the factor). The output spans the same field of view, so the spacing reached is the field of view over the whole number of voxels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_skimage.cpp" line="138"/>
        <source>Gaussian prefilter + linear (scikit-image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_skimage.cpp" line="139"/>
        <source>skimage resize with anti_aliasing: Gaussian blur of sigma (s - 1) / 2, then linear interpolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_skimage.cpp" line="176"/>
        <source>Cubic B-spline (scikit-image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_skimage.cpp" line="177"/>
        <source>Interpolating cubic B-spline (skimage resize order 3, no anti-aliasing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="15"/>
        <source>Upsampling factor per axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="40"/>
        <source>Nearest upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="42"/>
        <source>Repeats every pixel f × f times (torch interpolate nearest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="66"/>
        <source>Bilinear upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="67"/>
        <source>Linear interpolation (torch interpolate bilinear), half-pixel centres or aligned corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="72"/>
        <source>Align corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="73"/>
        <source>Map corner pixels onto corner pixels (torch align_corners=True).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="105"/>
        <source>FFT (sinc) upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="106"/>
        <source>Zero-pads the spectrum (scipy resample, Nyquist bin split): the ideal counterpart of FLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="138"/>
        <source>Transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="139"/>
        <source>Stride-2 transposed convolution with a fixed kernel: bilinear4 is smooth, ones3 shows the checkerboard artefact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="146"/>
        <source>bilinear4: outer([1,3,3,1]/4); ones3: a 3 × 3 box of ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="148"/>
        <source>Output padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="149"/>
        <source>Extra rows/columns at the bottom/right (torch output_padding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="205"/>
        <source>Max pool + unpool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="206"/>
        <source>2 × 2 max pooling, then each maximum put back at its own position (torch max_unpool2d), zeros elsewhere: the round trip of a segmentation decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/plane_method.h" line="29"/>
        <source>all: the three spatial axes of a volume at once (the 3-d operator); xy, xz, yz: slice by slice in that plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/plane_method.h" line="32"/>
        <source>The plane a volume is processed in, slice by slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/plane_method.h" line="36"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/plane_method.h" line="37"/>
        <source>Apply the operator this many times in a row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::AudioPlayer</name>
    <message>
        <location filename="../app/gui/audioplayer.cpp" line="80"/>
        <source>No audio output device is available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="81"/>
        <source> × %1 ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="100"/>
        <location filename="../app/gui/mainwindow.cpp" line="1126"/>
        <source>Downsample Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="125"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="135"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="137"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="219"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222"/>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Demo &amp;presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="224"/>
        <source>Chirp to fs/2: the classic fold-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="226"/>
        <source>Three tones, one above the new Nyquist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="227"/>
        <source>White noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Zone plate: moiré vs smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="230"/>
        <source>Photo: interpolators (camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Brick texture: interpolators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="232"/>
        <source>Text: interpolators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>CNN pooling on a photo (max, strided conv, avg, BlurPool, FLC, ASAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="236"/>
        <source>CNN pooling on a brain scan slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Two max pools deface a scan (depth 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="239"/>
        <source>Resample an anisotropic scan (4 × 4 × 5 mm) to 2 mm isotropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="241"/>
        <source>3-d phantom: 3-d pooling and resizing in all three axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="244"/>
        <source>Export selected variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>Export metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="246"/>
        <source>Export view as PNG (as shown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>Export slice values (16-bit PNG or float TIFF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="252"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="253"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="262"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="263"/>
        <location filename="../app/gui/mainwindow.cpp" line="264"/>
        <source>About Downsample Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="265"/>
        <source>Downsample Lab shows what downsampling does to signals, images and scans: outputs side by side, what folded, and how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="272"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="280"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="288"/>
        <source>Synthetic source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="293"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <location filename="../app/gui/mainwindow.cpp" line="925"/>
        <source>Axial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <location filename="../app/gui/mainwindow.cpp" line="926"/>
        <location filename="../app/gui/mainwindow.cpp" line="1727"/>
        <source>Coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <location filename="../app/gui/mainwindow.cpp" line="927"/>
        <location filename="../app/gui/mainwindow.cpp" line="1729"/>
        <source>Sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <source>All three (linked cursor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="318"/>
        <source>Which view of a scan each pane shows. In the three-view layout a click places the linked cursor; right-drag sets window/level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>Plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="358"/>
        <source>Radiological (patient&apos;s right on the left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="361"/>
        <source>Off: neurological convention, patient&apos;s right on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>Variants on the current frame only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="371"/>
        <source>4-d scans: compute the variants on the frame shown (fast), or on every frame (each frame along its three spatial axes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="383"/>
        <source>Hann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="384"/>
        <source>Rectangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="385"/>
        <source>Blackman–Harris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="386"/>
        <source>Kaiser (β 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="388"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="392"/>
        <source>FFT size; longer signals are Welch-averaged over 50 % overlapping segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <source>Spectrum window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="394"/>
        <source>FFT size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="401"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="403"/>
        <source>Spectrogram window length (rounded up to a power of two of samples at each signal&apos;s own rate): longer resolves frequency better, shorter resolves time better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="407"/>
        <source>½ window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="408"/>
        <source>¼ window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="409"/>
        <source>⅛ window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="415"/>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="416"/>
        <source>Span of the spectrogram&apos;s colour scale below its top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="426"/>
        <source>Spectrogram window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>Spectrogram hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="428"/>
        <source>Spectrogram range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="429"/>
        <source>Spectrogram colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443"/>
        <source>▶ Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443"/>
        <source>▶ Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443"/>
        <source>▶ Alias only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="444"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="455"/>
        <source>Plays the selected variant at its own rate, from where the last one was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="457"/>
        <source>Plays only what folded: the selected variant&apos;s alias component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="459"/>
        <source>Play variants resampled back to the original rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="462"/>
        <source>On: variants are brought back to the source&apos;s rate (rational polyphase resampling, which adds no aliasing of its own) and A/B switching is gapless. Off: each variant plays at its own rate and the device restarts when the rate changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="468"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="468"/>
        <source>Alias map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="468"/>
        <source>Difference to ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="469"/>
        <source>k-space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Kernel (linear variants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Kernel frequency response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="475"/>
        <source>Hann window for k-space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="477"/>
        <source>3-d k-space (central slices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="479"/>
        <source>Scans: each view shows the central slice of the volume&apos;s 3-d spectrum instead of the 2-d spectrum of the slice shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="485"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="518"/>
        <source>Show alias overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="520"/>
        <source>Colours what folded: red where aliasing added, blue where it removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="524"/>
        <source>Overlay opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="535"/>
        <source>Auto (0.5–99.5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="536"/>
        <source>Full range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="537"/>
        <source>CT brain (W 80, L 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="538"/>
        <source>CT soft tissue (W 400, L 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="539"/>
        <source>CT bone (W 1800, L 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="540"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="542"/>
        <source>Display window; right-drag in a pane: horizontal = width, vertical = level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="421"/>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="418"/>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>Viridis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="419"/>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>Magma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="420"/>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>Cividis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="469"/>
        <source>k-space of what folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="469"/>
        <source>Round trip: back − source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="472"/>
        <source>What image panes show: the output, what folded (alias map), the error against the ideal band-limited reference, the 2-d spectrum, or the spectrum of the alias component alone (where the folded energy sits in frequency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="489"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="490"/>
        <source>Nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="491"/>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="492"/>
        <source>Bicubic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="493"/>
        <source>Lanczos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="495"/>
        <source>Bring every output back to the source&apos;s size with this upsampler and compare with the source: PSNR and SSIM in the metrics, the difference in &quot;Round trip&quot; view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="498"/>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="553"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="554"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="555"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="556"/>
        <source>Colour map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="577"/>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="585"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="595"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="596"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="597"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="598"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="652"/>
        <location filename="../app/gui/mainwindow.cpp" line="793"/>
        <source>δ = 0 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="668"/>
        <source>δ = %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="683"/>
        <source>%1 shifted by %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="755"/>
        <source>input shift δ (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="763"/>
        <source>E(δ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="788"/>
        <source>Shift explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="796"/>
        <source>Shifts the input by δ pixels (circularly; sub-pixel by Fourier phase) and recomputes every variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="798"/>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="799"/>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="806"/>
        <source>Compute E(δ) for every variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="808"/>
        <source>E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|: 0 for a shift-equivariant operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="832"/>
        <source>Radial spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="837"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="853"/>
        <source>No source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="855"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="856"/>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="857"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="858"/>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="859"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="861"/>
        <source>%1 Hz, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="868"/>
        <source>spacing %1 (mm; time in the unit of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="872"/>
        <source>type %1, range %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="877"/>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;Warning: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="949"/>
        <source>%1 is still loading; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="966"/>
        <source>Loading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1395"/>
        <source>Kernels and their responses: in each linear variant&apos;s pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1701"/>
        <source>, detail energy discarded %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1716"/>
        <location filename="../app/gui/mainwindow.cpp" line="1748"/>
        <source>analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1834"/>
        <source>computing the kernel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1853"/>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1856"/>
        <source>input offset (%1, %2): weight %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1863"/>
        <source>%1 — kernel %2 × %2 around (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1876"/>
        <source>|H| (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1883"/>
        <source>%1, %2 cycles/px: %3 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1891"/>
        <source>%1 — frequency response (box: output Nyquist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1902"/>
        <source>Choose a round trip (upsampler) in the view controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1916"/>
        <source>back − source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1925"/>
        <source>%1 (back − source %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2155"/>
        <source>%1 is not linear: it has no kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2248"/>
        <source>Radial spectrum: choose a k-space view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2251"/>
        <source>Radial power spectrum of what folded (reference: source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2527"/>
        <source>Export the panes as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2528"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2540"/>
        <source>The view could not be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2559"/>
        <source>Export the selected variant&apos;s slice (values, 16-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2560"/>
        <source>PNG images (*.png);;TIFF float32 (*.tif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2575"/>
        <source>Select a computed variant of a scan to export one of its slices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2755"/>
        <source>cursor: voxel (%1, %2, %3) · RAS %4, %5, %6 mm · value %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="952"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="817"/>
        <source>Shift-equivariance error E(δ) of every variant over one stride period; the metrics table gives its mean and the 1-px roll figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="959"/>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="971"/>
        <source>The file %1 is too large to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="974"/>
        <source>The file %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1109"/>
        <source>All supported (*.wav *.flac *.ogg *.oga *.aif *.aiff *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.npy);;Audio (*.wav *.flac *.ogg *.oga *.aif *.aiff);;Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;NIfTI scans (*.nii *.nii.gz);;NumPy arrays (*.npy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1115"/>
        <source>Open a signal, image or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1361"/>
        <source>Reference: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1406"/>
        <location filename="../app/gui/mainwindow.cpp" line="1598"/>
        <location filename="../app/gui/mainwindow.cpp" line="1811"/>
        <source>computing k-space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1414"/>
        <location filename="../app/gui/mainwindow.cpp" line="1604"/>
        <location filename="../app/gui/mainwindow.cpp" line="1823"/>
        <source>|F| (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1430"/>
        <source>%1, %2 cycles/px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1656"/>
        <source> (scaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1659"/>
        <source>%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1697"/>
        <source> — %1, alias %2 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1718"/>
        <location filename="../app/gui/mainwindow.cpp" line="1756"/>
        <location filename="../app/gui/mainwindow.cpp" line="2006"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1641"/>
        <location filename="../app/gui/mainwindow.cpp" line="1652"/>
        <location filename="../app/gui/mainwindow.cpp" line="1944"/>
        <location filename="../app/gui/mainwindow.cpp" line="1955"/>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="929"/>
        <source>%1 slice %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="934"/>
        <source>Frame %1/%2 (t = %3 %4, TR %5 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="938"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="941"/>
        <source>Frame 1/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1377"/>
        <location filename="../app/gui/mainwindow.cpp" line="1725"/>
        <source>Axial · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1413"/>
        <location filename="../app/gui/mainwindow.cpp" line="1414"/>
        <location filename="../app/gui/mainwindow.cpp" line="1603"/>
        <location filename="../app/gui/mainwindow.cpp" line="1604"/>
        <location filename="../app/gui/mainwindow.cpp" line="1822"/>
        <location filename="../app/gui/mainwindow.cpp" line="1823"/>
        <location filename="../app/gui/mainwindow.cpp" line="1876"/>
        <source>%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1441"/>
        <location filename="../app/gui/mainwindow.cpp" line="1646"/>
        <location filename="../app/gui/mainwindow.cpp" line="1951"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1641"/>
        <location filename="../app/gui/mainwindow.cpp" line="1944"/>
        <source>output − ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1971"/>
        <source>%1 (alias %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2011"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2252"/>
        <source>Radial (azimuthally averaged) power spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2275"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2285"/>
        <source>frequency (cycles per source pixel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2288"/>
        <source>power (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2400"/>
        <source>Select a computed variant to listen to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2410"/>
        <source>This signal cannot be played on the audio device (rate %1 Hz, %2 channels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2450"/>
        <source>%1 Hz in the original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2458"/>
        <source>no filter: full strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2462"/>
        <source>filter gain %1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2465"/>
        <source>• %1: stays at %2 Hz (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2466"/>
        <source>• %1: folds to %2 Hz (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2479"/>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2479"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2504"/>
        <location filename="../app/gui/mainwindow.cpp" line="2611"/>
        <source>Select a computed variant to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2510"/>
        <source>NIfTI in the scan&apos;s datatype (*.nii.gz *.nii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2511"/>
        <source>NIfTI float32, exact (*.nii.gz *.nii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2512"/>
        <source>Native (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2513"/>
        <source>NumPy (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2517"/>
        <source>Export variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2495"/>
        <location filename="../app/gui/mainwindow.cpp" line="2548"/>
        <location filename="../app/gui/mainwindow.cpp" line="2599"/>
        <location filename="../app/gui/mainwindow.cpp" line="2620"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferences.cpp" line="15"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="21"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="23"/>
        <source>Files whose decoded data (as 32-bit floats) would need more memory are refused before anything is allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="25"/>
        <source>Memory budget for opening a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="26"/>
        <source>A photo of W × H pixels with C channels needs W·H·C·4 bytes; a scan its voxel count × 4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::Scheduler</name>
    <message>
        <location filename="../app/gui/scheduler.cpp" line="84"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/scheduler.cpp" line="86"/>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::FilterChart</name>
    <message>
        <location filename="../widgets/filterchart.cpp" line="21"/>
        <source>frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="112"/>
        <source>Anti-alias filter: magnitude (applied zero-phase: output delay 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="113"/>
        <source>gain (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="116"/>
        <source>Phase of the filter run once, causally (the method cancels it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="117"/>
        <source>phase (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="120"/>
        <source>Group delay of the filter run once, causally (the method cancels it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="121"/>
        <source>group delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="176"/>
        <source>pass / stop edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="172"/>
        <source>new Nyquist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::ImagePane</name>
    <message>
        <location filename="../widgets/imagepane.cpp" line="170"/>
        <source>x %1, y %2  [%3, %4]  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imagepane.cpp" line="261"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::MetricsTable</name>
    <message>
        <location filename="../widgets/metricstable.cpp" line="127"/>
        <location filename="../widgets/metricstable.cpp" line="130"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="127"/>
        <location filename="../widgets/metricstable.cpp" line="130"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="127"/>
        <location filename="../widgets/metricstable.cpp" line="130"/>
        <source>Alias energy (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="127"/>
        <source>SNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="128"/>
        <location filename="../widgets/metricstable.cpp" line="131"/>
        <source>Runtime (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="128"/>
        <source>Worst alias (dBc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="128"/>
        <source>Stopband (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="128"/>
        <source>Ripple (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="129"/>
        <location filename="../widgets/metricstable.cpp" line="131"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="130"/>
        <source>PSNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="131"/>
        <source>SSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="131"/>
        <source>Foldable HF (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="133"/>
        <source>PSNR, slice (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="133"/>
        <source>Alias, slice (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="135"/>
        <source>Round trip PSNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="135"/>
        <source>Round trip SSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="137"/>
        <source>Shift error, mean E(δ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="137"/>
        <source>1-px roll error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="140"/>
        <source>Energy of the alias component relative to the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="143"/>
        <source>The source&apos;s energy above this output&apos;s Nyquist, relative to its AC energy: what the rate change must remove, or else folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="147"/>
        <source>Level of a full-scale tone at 1.005 × the new Nyquist after folding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="151"/>
        <source>The output brought back to the source&apos;s size by the chosen upsampler, against the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="155"/>
        <source>E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|, averaged over one stride period (shift explorer): 0 for a shift-equivariant operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="158"/>
        <source>The input rolled by one pixel, the output compared with its best roll: 0 for an operator invariant to integer shifts (APS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="164"/>
        <source>Of the output slice nearest the cursor&apos;s axial slice; the other columns are for the whole volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SignalPane</name>
    <message>
        <location filename="../widgets/signalpane.cpp" line="48"/>
        <source>Waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="56"/>
        <source>Spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="57"/>
        <source>Spectrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="108"/>
        <source>Magnitude (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="108"/>
        <source>Phase (causal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="108"/>
        <source>Group delay (causal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="110"/>
        <source>Phase and group delay of the filter run once, forward: what a streaming implementation would add. The methods here apply it zero-phase, so their outputs are not delayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="113"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="58"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SpectrogramView</name>
    <message>
        <location filename="../widgets/spectrogramview.cpp" line="105"/>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrogramview.cpp" line="109"/>
        <source>frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrogramview.cpp" line="122"/>
        <source>dB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SpectrumChart</name>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="49"/>
        <source>band that folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="52"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="54"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="56"/>
        <source>folded energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="58"/>
        <source>new Nyquist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="63"/>
        <source>frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="65"/>
        <source>magnitude (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="78"/>
        <source>Orange band: frequencies that fold into the output. Dashed: the new Nyquist frequency. Red: the spectrum of the alias component.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::WaveformPane</name>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="26"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="31"/>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="32"/>
        <source>amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="79"/>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Shows what downsampling does to your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Save a PNG of the window once every variant is computed, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Report errors in the status bar only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>View to show: waveform, spectrum, spectrogram or filter (signals); output, alias, difference, kspace, aliaskspace, roundtrip, kernel or response (images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>A variant to add, as ID[:key=value,...] (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Open demo preset N (see File &gt; Demo presets) instead of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Shift the input by N eighths of a pixel (shift explorer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Compute the shift explorer&apos;s E(δ) curves of every variant once the results are ready (a screenshot then waits for them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Volume plane to show: axial, coronal or sagittal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>Bring every output back to the source&apos;s size with this resizer: nearest, bilinear, bicubic or lanczos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="75"/>
        <source>A signal, image or scan to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Unknown round trip: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
