<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Exporter</name>
    <message>
        <source>The view could not be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a computed variant of a scan to export one of its slices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIfTI in the scan&apos;s datatype (*.nii.gz *.nii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIfTI float32, exact (*.nii.gz *.nii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the panes as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected variant&apos;s slice (values, 16-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;TIFF float32 (*.tif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the variant&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept rows, CSV (*.csv);;Kept row indices, NumPy int64 (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|F| (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 cycles/px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|H| (dB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source> × %1 ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScatterPane</name>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per class · imbalance %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per class · imbalance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This is not a Downsample Lab session (no &quot;format&quot;: &quot;downsample-lab-session&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no valid version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was written by a newer Downsample Lab (format version %1; this one reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s source &quot;%1&quot; is not a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s synthetic source &quot;%1&quot; is not a known generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s &quot;variants&quot; is not a list; no variants were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variant of the session is not a text and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s &quot;view&quot; is not an object; the view keeps its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than a session can be (%1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl</name>
    <message>
        <source>Axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which axes to downsample: all spatial axes, or a subset (x, y, z, t).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block mean (boxcar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages each block of M samples: a cheap low-pass whose sidelobes still let some energy fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block length along each axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naive subsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps every M-th sample with no filter: everything above the new Nyquist frequency folds back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR decimation (Kaiser, polyphase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-pass filters with a Kaiser-windowed sinc, then keeps every M-th sample; defaults equal scipy resample_poly(x, 1, M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one sample in M along each axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter half-length in multiples of M (taps = 2 M half + 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiser beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window shape: larger is more attenuation, wider transition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopband attenuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If set, beta and length follow from it by Kaiser&apos;s formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full transition band as a fraction of the new Nyquist frequency (with attenuation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff (-6 dB) as a fraction of the new Nyquist frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR decimation (Hamming, scipy decimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scipy decimate(ftype=&apos;fir&apos;): a 20 M + 1 tap Hamming-windowed sinc, zero phase, then every M-th sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of the first kept sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pure tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three tones of equal amplitude; put one above the new Nyquist frequency to watch it fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear chirp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep whose frequency rises linearly: the classic fold-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic chirp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep whose frequency rises exponentially.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A naive square wave: its harmonics reach far above Nyquist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian white noise: energy at every frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a last, partial window (torch ceil_mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest value of each window (torch max_pool2d); aliases like plain subsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of each window (torch avg_pool2d): a box filter, then subsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide by the full window, zeros of the padding included (torch default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power mean (mean |x|^p)^(1/p): average at p = 1, max as p grows; faithful: torch&apos;s sum form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected: power mean; faithful: torch lp_pool2d, (sum x^p)^(1/p).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoftPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax-weighted mean of each window (weights e^(beta x)); faithful: the repo&apos;s CPU path (weights summed over channels, clamped at 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain (beta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax sharpness: 0 is average pooling, large is max pooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected: per-channel softmax (the CUDA kernel without its clamp); faithful: the CPU fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per channel: the mean of the whole plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strided convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed k × k filter applied every s pixels (ResNet geometry k3 s2 p1): aliases unless the kernel is a low-pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box and binomial are low-pass; random (seeded) and Sobel are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the random kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binomial filter taps (1: no blur, 4: the default of antialiased-cnns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on every side (antialiased-cnns pad_off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlurPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binomial blur, then subsampling (antialiased-cnns BlurPool): aliasing traded for blur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvBlurPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strided convolution made antialiased: the convolution at stride 1, ReLU, then BlurPool (antialiased-cnns&apos; ResNet blocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed convolution kernel (as conv.strided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binomial filter taps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxBlurPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense 2 × 2 max (stride 1), then BlurPool: max pooling&apos;s response with far less aliasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haar wavelet (LL band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orthonormal Haar approximation band (a + b + c + d) / 2 of each 2 × 2 block: twice average pooling; the detail bands are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail-preserving pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted 2 × 2 mean that favours pixels deviating from the block mean (DPP lite); asym: only brighter ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sym: both signs of deviation; asym: only positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every weight (large: average pooling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponent on the deviation (0: average pooling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single sample: shows a method&apos;s impulse response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings whose frequency grows with the radius: every frequency at once, so aliasing shows as moiré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local frequency at the edge midpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siemens star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white spokes converging to the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squares with sharp edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinusoidal grating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One spatial frequency at one angle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-d Shepp–Logan phantom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modified Shepp–Logan head phantom as a volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFT resampling (brick wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops every DFT bin above the new Nyquist (scipy resample): no alias for periodic signals, edge ringing otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output length is ceil(N / M) along each axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-band cascade (2^k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halves the rate k times with half-band FIR stages: cheap, and as clean as the quality preset asks (hq: -120 dB from 1.005 x Nyquist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A power of two: 2, 4, 8, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast: 80 dB, 0.8 of Nyquist kept; standard: 100 dB, 0.9; hq: 120 dB, 0.995; vhq: 150 dB, 0.995.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIR decimation (Chebyshev I, zero phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scipy decimate default: an order-8 Chebyshev I low-pass at 0.8 of the new Nyquist, run forward and backward, then every M-th sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter order (number of poles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passband ripple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chebyshev passband ripple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the border is extended before filtering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size k × k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step between windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels added on every side (at most k / 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLC pooling (FFT low-cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the central half of the 2-d spectrum: band-limited resampling. faithful: the repo&apos;s crop, wrong for sizes of the form 4n + 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected: a DC-centred crop for every size; faithful: int(n/4):int(3n/4) as flc_pooling.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASAP pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLC with a square-root Hamming taper on the spectrum against ringing. faithful: the repo&apos;s padding-one variant (a zero row and column first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected: no padding, DC-centred crop; faithful: ASAP_padding_one as resnet_asap.py uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive polyphase sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the one of the four stride-2 phases with the largest norm (over all channels): exactly invariant to integer circular shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binomial blur before the choice (1: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the phase is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rational resampling L/M (polyphase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the rate by L/M with one polyphase Kaiser low-pass; defaults equal scipy resample_poly(x, L, M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolation factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimation factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter half-length in multiples of max(L, M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If set: a Kaiser design whose stopband starts at the lower Nyquist frequency with this attenuation (HQ: 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With attenuation: the passband ends this fraction of the lower Nyquist frequency below it (libsoxr&apos;s default: 0.087).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float: exact, in floating point. pillow8: Pillow&apos;s 8-bit images (horizontal pass, then vertical, each rounded and clipped to 0..255), to match its uint8 results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antialias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch the kernel by the scale when downsampling (Pillow, torch antialias=True); off: the plain kernel (OpenCV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks one input pixel per output pixel: no filtering, maximal aliasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>center: floor((j + 1/2) s) as Pillow and torch nearest-exact; floor: floor(j s) as OpenCV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle kernel. Without antialias it reads only 2 input pixels per axis whatever the factor, so it aliases when downsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bicubic (Keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys cubic convolution; a = -0.75 as OpenCV, -0.5 as Pillow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys parameter: -0.75 (OpenCV, torch plain), -0.5 (Pillow, torch antialias).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanczos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windowed sinc sinc(x) sinc(x / a): sharp, with slight ringing; a = 3 as Pillow, 4 as OpenCV LANCZOS4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobes (a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel half-width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box (Pillow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box kernel stretched over each output pixel&apos;s footprint (Pillow BOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamming (Pillow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamming-windowed sinc of support 1 (Pillow HAMMING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (OpenCV INTER_AREA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages the exact footprint of each output pixel, fractional pixels weighted by overlap; an integer factor is the block mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsampling factor along each resized axis (output = floor(n / factor)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit output rows (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit output columns (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit output slices of a volume (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resample a scan to this voxel size along every resized axis, from its physical spacing (0: use the factor). The output spans the same field of view, so the spacing reached is the field of view over the whole number of voxels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian prefilter + linear (scikit-image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skimage resize with anti_aliasing: Gaussian blur of sigma (s - 1) / 2, then linear interpolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cubic B-spline (scikit-image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolating cubic B-spline (skimage resize order 3, no anti-aliasing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsampling factor per axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats every pixel f × f times (torch interpolate nearest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear interpolation (torch interpolate bilinear), half-pixel centres or aligned corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map corner pixels onto corner pixels (torch align_corners=True).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFT (sinc) upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-pads the spectrum (scipy resample, Nyquist bin split): the ideal counterpart of FLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride-2 transposed convolution with a fixed kernel: bilinear4 is smooth, ones3 shows the checkerboard artefact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilinear4: outer([1,3,3,1]/4); ones3: a 3 × 3 box of ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra rows/columns at the bottom/right (torch output_padding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pool + unpool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 × 2 max pooling, then each maximum put back at its own position (torch max_unpool2d), zeros elsewhere: the round trip of a segmentation decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all: the three spatial axes of a volume at once (the 3-d operator); xy, xz, yz: slice by slice in that plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plane a volume is processed in, slice by slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the operator this many times in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which classes are undersampled: auto (all but the minority), majority, not minority, not majority, all; a ratio such as 0.5 or label:count;label:count for controlled methods; label;label for cleaning methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all: remove a row unless every neighbour shares its class; mode: unless most do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random draws; -1 draws a fresh one each run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomek links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the targeted end of every pair of mutual nearest neighbours of different classes (imblearn TomekLinks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes targeted rows whose nearest neighbours disagree with their class (imblearn EditedNearestNeighbours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours that judge each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated edited nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited nearest neighbours again on what is left until nothing changes, a class falls below the minority or max_iter rounds ran (imblearn RepeatedEditedNearestNeighbours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All k-NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited nearest neighbours with 1, 2, … n_neighbors neighbours in turn, each on what the last left (imblearn AllKNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last round&apos;s neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow below minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on when a class falls below the minority&apos;s count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood cleaning rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited nearest neighbours (mode), then the targeted neighbours of every misclassified minority row (imblearn NeighbourhoodCleaningRule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class is cleaned around the minority only if it has more than this times the minority&apos;s rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current: imbalanced-learn ≥ 0.12; legacy010: 0.10/0.11 (threshold over the whole table, kind_sel in the second step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays given seeds instead of drawing them: class:row,row;class:row (0-based rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours of the classifier that judges each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of each targeted class the kept set starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected: every misclassified row joins; faithful: imbalanced-learn 0.10&apos;s skip test, which mixes row numbers and class positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condensed nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the minority, seeds, and every row the kept set misclassifies, in one pass (imblearn CondensedNearestNeighbour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-sided selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the minority, seeds and the rows they misclassify, then removes Tomek links among what is kept (imblearn OneSidedSelection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random undersampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the target count of each targeted class, drawn uniformly at random (imblearn RandomUnderSampler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw with replacement (a row may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NearMiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the rows nearest to the minority (version 1: to its nearest rows, 2: to its farthest, 3: the farthest of the minority&apos;s nearest) (imblearn NearMiss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minority rows each score averages over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per minority row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 3: rows of the class nearest to each minority row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster centroids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces each targeted class by the centres of k-means clusters, k = its target (soft), or by the row nearest to each centre (hard) (imblearn ClusterCentroids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft: the centres themselves (auto for a table); hard: the row nearest to each centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means runs, the best kept (scikit-learn ≥ 1.4: 1; older versions: 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance hardness threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the rows a cross-validated classifier finds easiest (highest probability of their own class), at least the target (imblearn InstanceHardnessThreshold; our classifier is logistic regression or k-NN, not a random forest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What judges how hard each row is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .npy file with each row&apos;s probability of its own class, used instead of the classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows the table has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imbalance ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the largest class over rows of the smallest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the classes spread into each other (1: the default noise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes, their sizes falling geometrically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature columns (the class centres differ in the first two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed; the same seed gives the same table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blobs (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian clusters on a circle, the classes in a chosen imbalance ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two moons (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two interleaved half circles, the second class smaller: a curved class boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four quadrants, the class set where the signs differ: no linear boundary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::AnalysisCache</name>
    <message>
        <source>%1 is not linear: it has no kernel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::AudioPlayer</name>
    <message>
        <source>No audio output device is available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::ImageExplorer</name>
    <message>
        <source>Kernels and their responses: in each linear variant&apos;s pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing k-space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the kernel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input offset (%1, %2): weight %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — kernel %2 × %2 around (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 cycles/px: %3 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — frequency response (box: output Nyquist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round trip (upsampler) in the view controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back − source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (back − source %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output − ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (alias %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::JobService</name>
    <message>
        <source>Out of memory: the computation needs more than is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::MainWindow</name>
    <message>
        <source>Downsample Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo &amp;presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as PNG (as shown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export slice values (16-bit PNG or float TIFF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Downsample Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsample Lab shows what downsampling does to signals, images and scans: outputs side by side, what folded, and how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a computed variant to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics (CSV or JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files whose decoded data (as 32-bit floats) would need more memory are refused before anything is allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory budget for opening a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of W × H pixels with C channels needs W·H·C·4 bytes; a scan its voxel count × 4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::RadialSpectrum</name>
    <message>
        <source>Radial spectrum: choose a k-space view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial power spectrum of what folded (reference: source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial (azimuthally averaged) power spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency (cycles per source pixel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power (dB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::SessionController</name>
    <message>
        <source>The session&apos;s source %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s demo file %1 is not part of this Downsample Lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save yet: open a file or generate a source first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no demo preset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsample Lab sessions (*.dslab.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsample Lab sessions (*.dslab.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::ShiftExplorer</name>
    <message>
        <source>δ = 0 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts the input by δ pixels (circularly; sub-pixel by Fourier phase) and recomputes every variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute E(δ) for every variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|: 0 for a shift-equivariant operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-equivariance error E(δ) of every variant over one stride period; the metrics table gives its mean and the 1-px roll figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ = %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input shift δ (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E(δ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::SignalExplorer</name>
    <message>
        <source>analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a computed variant to listen to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signal cannot be played on the audio device (rate %1 Hz, %2 channels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz in the original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no filter: full strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter gain %1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: stays at %2 Hz (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: folds to %2 Hz (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::SourceDocument</name>
    <message>
        <source>%1 shifted by %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spacing %1 (mm; time in the unit of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1, range %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;Warning: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::SourcePanel</name>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supported (*.wav *.flac *.ogg *.oga *.aif *.aiff *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.npy *.csv *.tsv);;Audio (*.wav *.flac *.ogg *.oga *.aif *.aiff);;Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;NIfTI scans (*.nii *.nii.gz);;NumPy arrays (*.npy);;Labelled tables (*.csv *.tsv *.npy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a signal, image, scan or table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::TableExplorer</name>
    <message>
        <source>PC%1 · %2 % of the variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: %1 on these rows, in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a Tomek link with row %1 (%2): each is the other&apos;s nearest neighbour and their classes differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn out at random to bring its class to the target count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed with its Tomek link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its nearest neighbours (rule &quot;%1&quot;) do not vote for its own class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the 1-NN rule on the rows kept so far already classifies it correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-sided selection: the 1-NN rule on the seeds already classifies it, or it was in a Tomek link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood cleaning: its neighbours outvote its class, or it is a neighbour of a minority row that they misclassify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NearMiss-2 keeps the majority rows with the smallest mean distance to their farthest minority rows; this one is farther.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NearMiss-3 keeps, for each minority row, its nearest majority rows, then those with the largest mean distance to their nearest minority rows; this one did not qualify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NearMiss-1 keeps the majority rows with the smallest mean distance to their nearest minority rows; this one is farther.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its class was replaced by the centroids of k-means clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance hardness: a cross-validated classifier gives its own class a lower probability than the rows kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Row %1&lt;/b&gt; · class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Removed&lt;/b&gt; by %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by every variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by %1 of %2 variants: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, distance %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest %1 rows (all features): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, %1 rows × %2 features, %3 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imbalance ratio %1 (largest class over smallest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view: the first two principal components of the standardised features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without undersampling: balanced accuracy %1 ± %2 (%3, %4 folds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::TablePanel</name>
    <message>
        <source>Table view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal components 1 and 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2-d view every pane shows: the first two principal components of the standardised table, or two feature columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the background by the class the chosen classifier predicts, trained on each pane&apos;s rows in this 2-d view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomek links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the Tomek links a variant found as segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validate every variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified k-fold cross-validation; the sampler runs inside each training fold only, the test folds stay untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k (neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::VariantsPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::ViewPanel</name>
    <message>
        <source>Axial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three (linked cursor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which view of a scan each pane shows. In the three-view layout a click places the linked cursor; right-drag sets window/level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiological (patient&apos;s right on the left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: neurological convention, patient&apos;s right on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants on the current frame only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-d scans: compute the variants on the frame shown (fast), or on every frame (each frame along its three spatial axes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackman–Harris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiser (β 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFT size; longer signals are Welch-averaged over 50 % overlapping segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrum window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFT size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrogram window length (rounded up to a power of two of samples at each signal&apos;s own rate): longer resolves frequency better, shorter resolves time better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>½ window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¼ window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⅛ window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span of the spectrogram&apos;s colour scale below its top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cividis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrogram window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrogram hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrogram range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrogram colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Alias only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays the selected variant at its own rate, from where the last one was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays only what folded: the selected variant&apos;s alias component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play variants resampled back to the original rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: variants are brought back to the source&apos;s rate (rational polyphase resampling, which adds no aliasing of its own) and A/B switching is gapless. Off: each variant plays at its own rate and the device restarts when the rate changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference to ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-space of what folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip: back − source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel (linear variants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel frequency response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What image panes show: the output, what folded (alias map), the error against the ideal band-limited reference, the 2-d spectrum, or the spectrum of the alias component alone (where the folded energy sits in frequency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hann window for k-space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-d k-space (central slices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans: each view shows the central slice of the volume&apos;s 3-d spectrum instead of the 2-d spectrum of the slice shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bicubic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanczos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring every output back to the source&apos;s size with this upsampler and compare with the source: PSNR and SSIM in the metrics, the difference in &quot;Round trip&quot; view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show alias overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours what folded: red where aliasing added, blue where it removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (0.5–99.5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT brain (W 80, L 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT soft tissue (W 400, L 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT bone (W 1800, L 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display window; right-drag in a pane: horizontal = width, vertical = level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slice %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1/%2 (t = %3 %4, TR %5 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame 1/1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::ViewState</name>
    <message>
        <source>The view setting &quot;%1&quot; has an unusable value; it keeps its previous value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::VolumeExplorer</name>
    <message>
        <source>computing k-space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output − ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cursor: voxel (%1, %2, %3) · RAS %4, %5, %6 mm · value %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axial · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::Workspace</name>
    <message>
        <source>%1 is still loading; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1, alias %2 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, detail energy discarded %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a computed variant of a scan to export one of its slices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a computed variant to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original: %1 — %2 rows × %3 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 of %2 rows (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, balanced accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original (no undersampling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::FilterChart</name>
    <message>
        <source>frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-alias filter: magnitude (applied zero-phase: output delay 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gain (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase of the filter run once, causally (the method cancels it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group delay of the filter run once, causally (the method cancels it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass / stop edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new Nyquist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::ImagePane</name>
    <message>
        <source>x %1, y %2  [%3, %4]  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::MetricsTable</name>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias energy (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst alias (dBc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopband (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ripple (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foldable HF (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSNR, slice (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias, slice (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip PSNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip SSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift error, mean E(δ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-px roll error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy of the alias component relative to the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s energy above this output&apos;s Nyquist, relative to its AC energy: what the rate change must remove, or else folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of a full-scale tone at 1.005 × the new Nyquist after folding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output brought back to the source&apos;s size by the chosen upsampler, against the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|, averaged over one stride period (shift explorer): 0 for a shift-equivariant operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input rolled by one pixel, the output compared with its best roll: 0 for an operator invariant to integer shifts (APS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the output slice nearest the cursor&apos;s axial slice; the other columns are for the whole volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per class after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imbalance ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV balanced accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV minority recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV minority precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV G-mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the largest class over the smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean recall over the classes, stratified k-fold cross-validation with the sampler inside each training fold; the test folds are never resampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation over the folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random samplers: standard deviation over five random seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometric mean of the per-class recalls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SignalPane</name>
    <message>
        <source>Waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnitude (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase (causal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group delay (causal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase and group delay of the filter run once, forward: what a streaming implementation would add. The methods here apply it zero-phase, so their outputs are not delayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SpectrogramView</name>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SpectrumChart</name>
    <message>
        <source>band that folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new Nyquist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnitude (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange band: frequencies that fold into the output. Dashed: the new Nyquist frequency. Red: the spectrum of the alias component.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::WaveformPane</name>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows what downsampling does to your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once every variant is computed, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report errors in the status bar only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to show: waveform, spectrum, spectrogram or filter (signals); output, alias, difference, kspace, aliaskspace, roundtrip, kernel or response (images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variant to add, as ID[:key=value,...] (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo preset N (see File &gt; Demo presets) instead of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift the input by N eighths of a pixel (shift explorer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the shift explorer&apos;s E(δ) curves of every variant once the results are ready (a screenshot then waits for them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring every output back to the source&apos;s size with this resizer: nearest, bilinear, bicubic or lanczos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signal, image or scan to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown round trip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume plane to show: axial, coronal, sagittal or three (linked views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved session (File &gt; Save session): its source, variants and view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Zone plate: moiré vs smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chirp to fs/2: the classic fold-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three tones, one above the new Nyquist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: interpolators (camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brick texture: interpolators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: interpolators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN pooling on a photo (max, strided conv, avg, BlurPool, FLC, ASAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN pooling on a brain scan slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two max pools deface a scan (depth 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resample an anisotropic scan (4 × 4 × 5 mm) to 2 mm isotropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-d phantom: 3-d pooling and resizing in all three axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breast cancer table: eight undersampling techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imbalanced two moons: Tomek links, ENN and NCR clean the boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three classes: NearMiss-1, -2 and -3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
