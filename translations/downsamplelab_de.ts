<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>dsl</name>
    <message>
        <location filename="../core/src/axes.cpp" line="15"/>
        <location filename="../core/src/methods/plane_method.h" line="28"/>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <location filename="../core/src/axes.cpp" line="16"/>
        <source>Which axes to downsample: all spatial axes, or a subset (x, y, z, t).</source>
        <translation>Welche Achsen unterabgetastet werden: alle räumlichen Achsen oder eine Auswahl (x, y, z, t).</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="82"/>
        <source>Block mean (boxcar)</source>
        <translation>Blockmittel (Rechteck)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="83"/>
        <source>Averages each block of M samples: a cheap low-pass whose sidelobes still let some energy fold.</source>
        <translation>Mittelt jeden Block aus M Abtastwerten: ein billiger Tiefpass, dessen Nebenkeulen noch etwas Energie falten lassen.</translation>
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
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="88"/>
        <source>Block length along each axis.</source>
        <translation>Blocklänge entlang jeder Achse.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="90"/>
        <source>Naive subsampling</source>
        <translation>Naive Unterabtastung</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="91"/>
        <source>Keeps every M-th sample with no filter: everything above the new Nyquist frequency folds back.</source>
        <translation>Behält jeden M-ten Abtastwert ohne Filter: alles oberhalb der neuen Nyquist-Frequenz faltet zurück.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="82"/>
        <source>FIR decimation (Kaiser, polyphase)</source>
        <translation>FIR-Dezimierung (Kaiser, polyphas)</translation>
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
        <translation>Einen von M Abtastwerten je Achse behalten.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="89"/>
        <location filename="../core/src/methods/resample_rational.cpp" line="87"/>
        <source>Half-length</source>
        <translation>Halbe Länge</translation>
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
        <translation>Kaiser-Beta</translation>
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
        <translation>Sperrdämpfung</translation>
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
        <translation>Übergangsbreite</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="96"/>
        <source>Full transition band as a fraction of the new Nyquist frequency (with attenuation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="97"/>
        <source>Cutoff</source>
        <translation>Grenzfrequenz</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="98"/>
        <source>Cutoff (-6 dB) as a fraction of the new Nyquist frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="127"/>
        <source>FIR decimation (Hamming, scipy decimate)</source>
        <translation>FIR-Dezimierung (Hamming, scipy decimate)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fir.cpp" line="128"/>
        <source>scipy decimate(ftype=&apos;fir&apos;): a 20 M + 1 tap Hamming-windowed sinc, zero phase, then every M-th sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="97"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="98"/>
        <source>Index of the first kept sample.</source>
        <translation>Index des ersten behaltenen Abtastwerts.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="17"/>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="18"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="19"/>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="43"/>
        <location filename="../core/src/synth.cpp" line="246"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="114"/>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="115"/>
        <source>A pure tone.</source>
        <translation>Ein reiner Ton.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="117"/>
        <location filename="../core/src/synth.cpp" line="165"/>
        <location filename="../core/src/synth.cpp" line="234"/>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="122"/>
        <source>Three tones</source>
        <translation>Drei Töne</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="123"/>
        <source>Three tones of equal amplitude; put one above the new Nyquist frequency to watch it fold.</source>
        <translation>Drei Töne gleicher Amplitude; legen Sie einen über die neue Nyquist-Frequenz, um ihn falten zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="126"/>
        <source>Tone 1</source>
        <translation>Ton 1</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="127"/>
        <source>Tone 2</source>
        <translation>Ton 2</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="128"/>
        <source>Tone 3</source>
        <translation>Ton 3</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="138"/>
        <source>Start frequency</source>
        <translation>Startfrequenz</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="139"/>
        <source>End frequency</source>
        <translation>Endfrequenz</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="140"/>
        <source>Linear chirp</source>
        <translation>Linearer Chirp</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="141"/>
        <source>A sweep whose frequency rises linearly: the classic fold-back.</source>
        <translation>Ein Sweep mit linear steigender Frequenz: die klassische Rückfaltung.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="148"/>
        <source>Logarithmic chirp</source>
        <translation>Logarithmischer Chirp</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="149"/>
        <source>A sweep whose frequency rises exponentially.</source>
        <translation>Ein Sweep mit exponentiell steigender Frequenz.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="162"/>
        <source>Square wave</source>
        <translation>Rechteckwelle</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="163"/>
        <source>A naive square wave: its harmonics reach far above Nyquist.</source>
        <translation>Eine naive Rechteckwelle: ihre Obertöne reichen weit über Nyquist.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="171"/>
        <source>White noise</source>
        <translation>Weißes Rauschen</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="172"/>
        <source>Gaussian white noise: energy at every frequency.</source>
        <translation>Gaußsches weißes Rauschen: Energie bei jeder Frequenz.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="70"/>
        <source>Ceil mode</source>
        <translation>Aufrunden</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="71"/>
        <source>Keep a last, partial window (torch ceil_mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="233"/>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="234"/>
        <source>The largest value of each window (torch max_pool2d); aliases like plain subsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="250"/>
        <source>Average pooling</source>
        <translation>Mittelwert-Pooling</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="251"/>
        <source>The mean of each window (torch avg_pool2d): a box filter, then subsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="255"/>
        <source>Count padding</source>
        <translation>Rand mitzählen</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="256"/>
        <source>Divide by the full window, zeros of the padding included (torch default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="271"/>
        <source>LP pooling</source>
        <translation>LP-Pooling</translation>
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
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="281"/>
        <source>corrected: power mean; faithful: torch lp_pool2d, (sum x^p)^(1/p).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="309"/>
        <source>SoftPool</source>
        <translation>SoftPool</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="310"/>
        <source>Softmax-weighted mean of each window (weights e^(beta x)); faithful: the repo&apos;s CPU path (weights summed over channels, clamped at 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="316"/>
        <source>Gain (beta)</source>
        <translation>Verstärkung (Beta)</translation>
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
        <translation>Globales Mittelwert-Pooling</translation>
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
        <translation>Kern</translation>
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
        <translation>Startwert</translation>
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
        <translation>Unschärfegröße</translation>
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
        <translation>Zusätzlicher Rand</translation>
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
        <translation>BlurPool</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="611"/>
        <source>Binomial blur, then subsampling (antialiased-cnns BlurPool): aliasing traded for blur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="624"/>
        <source>ConvBlurPool</source>
        <translation>ConvBlurPool</translation>
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
        <translation>MaxBlurPool</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="656"/>
        <source>Dense 2 × 2 max (stride 1), then BlurPool: max pooling&apos;s response with far less aliasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="675"/>
        <source>Haar wavelet (LL band)</source>
        <translation>Haar-Wavelet (LL-Band)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="676"/>
        <source>The orthonormal Haar approximation band (a + b + c + d) / 2 of each 2 × 2 block: twice average pooling; the detail bands are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="717"/>
        <source>Detail-preserving pooling</source>
        <translation>Detailerhaltendes Pooling</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="718"/>
        <source>Weighted 2 × 2 mean that favours pixels deviating from the block mean (DPP lite); asym: only brighter ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling.cpp" line="723"/>
        <source>Variant</source>
        <translation>Variante</translation>
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
        <translation>Impuls</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="181"/>
        <source>A single sample: shows a method&apos;s impulse response.</source>
        <translation>Ein einzelner Abtastwert: zeigt die Impulsantwort eines Verfahrens.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="182"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="183"/>
        <source>Fraction of the duration.</source>
        <translation>Anteil der Dauer.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="190"/>
        <source>Zone plate</source>
        <translation>Zonenplatte</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="191"/>
        <source>Rings whose frequency grows with the radius: every frequency at once, so aliasing shows as moiré.</source>
        <translation>Ringe, deren Frequenz mit dem Radius wächst: alle Frequenzen zugleich, daher zeigt sich Aliasing als Moiré.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="195"/>
        <source>Edge frequency</source>
        <translation>Randfrequenz</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="196"/>
        <source>Local frequency at the edge midpoints.</source>
        <translation>Lokale Frequenz in der Mitte der Ränder.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="207"/>
        <source>Siemens star</source>
        <translation>Siemensstern</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="208"/>
        <source>Black and white spokes converging to the centre.</source>
        <translation>Schwarze und weiße Speichen, die zur Mitte zusammenlaufen.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="209"/>
        <source>Spokes</source>
        <translation>Speichen</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="219"/>
        <source>Checkerboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="220"/>
        <source>Squares with sharp edges.</source>
        <translation>Quadrate mit scharfen Kanten.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="222"/>
        <source>Cell size</source>
        <translation>Feldgröße</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="232"/>
        <source>Sinusoidal grating</source>
        <translation>Sinusgitter</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="233"/>
        <source>One spatial frequency at one angle.</source>
        <translation>Eine Ortsfrequenz unter einem Winkel.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="236"/>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="244"/>
        <source>3-d Shepp–Logan phantom</source>
        <translation>3-D-Shepp-Logan-Phantom</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="245"/>
        <source>The modified Shepp–Logan head phantom as a volume.</source>
        <translation>Das modifizierte Shepp-Logan-Kopfphantom als Volumen.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="247"/>
        <source>Spacing</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_fft.cpp" line="33"/>
        <source>FFT resampling (brick wall)</source>
        <translation>FFT-Umtastung (Rechteckfilter)</translation>
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
        <translation>Halbband-Kaskade (2^k)</translation>
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
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_halfband.cpp" line="161"/>
        <source>fast: 80 dB, 0.8 of Nyquist kept; standard: 100 dB, 0.9; hq: 120 dB, 0.995; vhq: 150 dB, 0.995.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="50"/>
        <source>IIR decimation (Chebyshev I, zero phase)</source>
        <translation>IIR-Dezimierung (Tschebyscheff I, nullphasig)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="51"/>
        <source>scipy decimate default: an order-8 Chebyshev I low-pass at 0.8 of the new Nyquist, run forward and backward, then every M-th sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="57"/>
        <source>Order</source>
        <translation>Ordnung</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="58"/>
        <source>Filter order (number of poles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_iir.cpp" line="59"/>
        <source>Passband ripple</source>
        <translation>Durchlasswelligkeit</translation>
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
        <translation>Rand</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="149"/>
        <source>How the border is extended before filtering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="272"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="273"/>
        <source>Window size k × k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_common.cpp" line="277"/>
        <source>Stride</source>
        <translation>Schrittweite</translation>
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
        <translation>FLC-Pooling (FFT-Tiefpass)</translation>
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
        <translation>ASAP-Pooling</translation>
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
        <translation>Adaptive Polyphasen-Abtastung</translation>
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
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../core/src/methods/pooling_spectral.cpp" line="293"/>
        <source>How the phase is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="78"/>
        <source>Rational resampling L/M (polyphase)</source>
        <translation>Rationale Umtastung L/M (polyphas)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="79"/>
        <source>Changes the rate by L/M with one polyphase Kaiser low-pass; defaults equal scipy resample_poly(x, L, M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="83"/>
        <source>Up (L)</source>
        <translation>Hoch (L)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="84"/>
        <source>Interpolation factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="85"/>
        <source>Down (M)</source>
        <translation>Runter (M)</translation>
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
        <translation>Wenn gesetzt: ein Kaiser-Entwurf, dessen Sperrband an der niedrigeren Nyquist-Frequenz mit dieser Dämpfung beginnt (HQ: 120).</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resample_rational.cpp" line="95"/>
        <source>With attenuation: the passband ends this fraction of the lower Nyquist frequency below it (libsoxr&apos;s default: 0.087).</source>
        <translation>Mit Dämpfung: das Durchlassband endet um diesen Anteil der niedrigeren Nyquist-Frequenz darunter (Standard von libsoxr: 0,087).</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="126"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="127"/>
        <source>float: exact, in floating point. pillow8: Pillow&apos;s 8-bit images (horizontal pass, then vertical, each rounded and clipped to 0..255), to match its uint8 results.</source>
        <translation>float: exakt, in Gleitkomma. pillow8: die 8-Bit-Bilder von Pillow (erst horizontal, dann vertikal, jeweils gerundet und auf 0..255 begrenzt), um dessen uint8-Ergebnisse zu treffen.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="135"/>
        <source>Antialias</source>
        <translation>Antialiasing</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="136"/>
        <source>Stretch the kernel by the scale when downsampling (Pillow, torch antialias=True); off: the plain kernel (OpenCV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="179"/>
        <source>Nearest neighbour</source>
        <translation>Nächster Nachbar</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="180"/>
        <source>Picks one input pixel per output pixel: no filtering, maximal aliasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="184"/>
        <source>Align</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="185"/>
        <source>center: floor((j + 1/2) s) as Pillow and torch nearest-exact; floor: floor(j s) as OpenCV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="210"/>
        <source>Bilinear</source>
        <translation>Bilinear</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="211"/>
        <source>Triangle kernel. Without antialias it reads only 2 input pixels per axis whatever the factor, so it aliases when downsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="240"/>
        <source>Bicubic (Keys)</source>
        <translation>Bikubisch (Keys)</translation>
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
        <translation>Lanczos</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="277"/>
        <source>Windowed sinc sinc(x) sinc(x / a): sharp, with slight ringing; a = 3 as Pillow, 4 as OpenCV LANCZOS4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize.cpp" line="282"/>
        <source>Lobes (a)</source>
        <translation>Keulen (a)</translation>
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
        <translation>Fläche (OpenCV INTER_AREA)</translation>
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
        <translation>Ausgabehöhe</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="21"/>
        <source>Explicit output rows (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="22"/>
        <source>Output width</source>
        <translation>Ausgabebreite</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="23"/>
        <source>Explicit output columns (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="24"/>
        <source>Output depth</source>
        <translation>Ausgabetiefe</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="25"/>
        <source>Explicit output slices of a volume (0: from the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="26"/>
        <source>Target spacing</source>
        <translation>Zielabstand</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_common.cpp" line="27"/>
        <source>Resample a scan to this voxel size along every resized axis, from its physical spacing (0: use the factor). The output spans the same field of view, so the spacing reached is the field of view over the whole number of voxels.</source>
        <translation>Einen Scan entlang jeder skalierten Achse auf diese Voxelgröße umtasten, ausgehend vom physischen Abstand (0: Faktor verwenden). Die Ausgabe überdeckt dasselbe Sichtfeld; der erreichte Abstand ist das Sichtfeld geteilt durch die ganze Voxelzahl.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_skimage.cpp" line="138"/>
        <source>Gaussian prefilter + linear (scikit-image)</source>
        <translation>Gauß-Vorfilter + linear (scikit-image)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_skimage.cpp" line="139"/>
        <source>skimage resize with anti_aliasing: Gaussian blur of sigma (s - 1) / 2, then linear interpolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/resize_skimage.cpp" line="176"/>
        <source>Cubic B-spline (scikit-image)</source>
        <translation>Kubischer B-Spline (scikit-image)</translation>
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
        <translation>Hochtasten (nächster Nachbar)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="42"/>
        <source>Repeats every pixel f × f times (torch interpolate nearest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="66"/>
        <source>Bilinear upsampling</source>
        <translation>Bilineares Hochtasten</translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="67"/>
        <source>Linear interpolation (torch interpolate bilinear), half-pixel centres or aligned corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="72"/>
        <source>Align corners</source>
        <translation>Ecken ausrichten</translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="73"/>
        <source>Map corner pixels onto corner pixels (torch align_corners=True).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="105"/>
        <source>FFT (sinc) upsampling</source>
        <translation>FFT-Hochtasten (sinc)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="106"/>
        <source>Zero-pads the spectrum (scipy resample, Nyquist bin split): the ideal counterpart of FLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="138"/>
        <source>Transposed convolution</source>
        <translation>Transponierte Faltung</translation>
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
        <translation>Ausgaberand</translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="149"/>
        <source>Extra rows/columns at the bottom/right (torch output_padding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="205"/>
        <source>Max pool + unpool</source>
        <translation>Max-Pooling + Unpooling</translation>
    </message>
    <message>
        <location filename="../core/src/methods/upsampling.cpp" line="206"/>
        <source>2 × 2 max pooling, then each maximum put back at its own position (torch max_unpool2d), zeros elsewhere: the round trip of a segmentation decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/plane_method.h" line="29"/>
        <source>all: the three spatial axes of a volume at once (the 3-d operator); xy, xz, yz: slice by slice in that plane.</source>
        <translation>all: alle drei Raumachsen eines Volumens zugleich (der 3-D-Operator); xy, xz, yz: Schicht für Schicht in dieser Ebene.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/plane_method.h" line="32"/>
        <source>The plane a volume is processed in, slice by slice.</source>
        <translation>Die Ebene, in der ein Volumen Schicht für Schicht verarbeitet wird.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/plane_method.h" line="36"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../core/src/methods/plane_method.h" line="37"/>
        <source>Apply the operator this many times in a row.</source>
        <translation>Den Operator so oft hintereinander anwenden.</translation>
    </message>
</context>
<context>
    <name>dsl::app::AudioPlayer</name>
    <message>
        <location filename="../app/gui/audioplayer.cpp" line="80"/>
        <source>No audio output device is available on this system.</source>
        <translation>Auf diesem System ist kein Audioausgabegerät verfügbar.</translation>
    </message>
</context>
<context>
    <name>dsl::app::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="81"/>
        <source> × %1 ch</source>
        <translation> × %1 Kan.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="100"/>
        <location filename="../app/gui/mainwindow.cpp" line="1126"/>
        <source>Downsample Lab</source>
        <translation>Downsample Lab</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="135"/>
        <source>Computing…</source>
        <translation>Berechne…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="137"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="219"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222"/>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Demo &amp;presets</source>
        <translation>Demo-&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="224"/>
        <source>Chirp to fs/2: the classic fold-back</source>
        <translation>Chirp bis fs/2: die klassische Rückfaltung</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="226"/>
        <source>Three tones, one above the new Nyquist</source>
        <translation>Drei Töne, einer über der neuen Nyquist-Frequenz</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="227"/>
        <source>White noise</source>
        <translation>Weißes Rauschen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Zone plate: moiré vs smoothing</source>
        <translation>Zonenplatte: Moiré gegen Glättung</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="230"/>
        <source>Photo: interpolators (camera)</source>
        <translation>Foto: Interpolatoren (Kamera)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Brick texture: interpolators</source>
        <translation>Ziegeltextur: Interpolatoren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="232"/>
        <source>Text: interpolators</source>
        <translation>Text: Interpolatoren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>CNN pooling on a photo (max, strided conv, avg, BlurPool, FLC, ASAP)</source>
        <translation>CNN-Pooling auf einem Foto (Max, Strided Conv, Mittel, BlurPool, FLC, ASAP)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="236"/>
        <source>CNN pooling on a brain scan slice</source>
        <translation>CNN-Pooling auf einer Hirnschicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Two max pools deface a scan (depth 2)</source>
        <translation>Zwei Max-Poolings entstellen einen Scan (Tiefe 2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="239"/>
        <source>Resample an anisotropic scan (4 × 4 × 5 mm) to 2 mm isotropic</source>
        <translation>Anisotropen Scan (4 × 4 × 5 mm) auf 2 mm isotrop umtasten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="241"/>
        <source>3-d phantom: 3-d pooling and resizing in all three axes</source>
        <translation>3-D-Phantom: 3-D-Pooling und Skalierung in allen drei Achsen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="244"/>
        <source>Export selected variant…</source>
        <translation>Ausgewählte Variante exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>Export metrics as CSV…</source>
        <translation>Metriken als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="246"/>
        <source>Export view as PNG (as shown)…</source>
        <translation>Ansicht als PNG exportieren (wie angezeigt)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>Export slice values (16-bit PNG or float TIFF)…</source>
        <translation>Schichtwerte exportieren (16-Bit-PNG oder Float-TIFF)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="252"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="253"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="262"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="263"/>
        <location filename="../app/gui/mainwindow.cpp" line="264"/>
        <source>About Downsample Lab</source>
        <translation>Über Downsample Lab</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="265"/>
        <source>Downsample Lab shows what downsampling does to signals, images and scans: outputs side by side, what folded, and how much.</source>
        <translation>Downsample Lab zeigt, was Unterabtastung mit Signalen, Bildern und Scans macht: Ergebnisse nebeneinander, was gefaltet wurde und wie stark.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="272"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="280"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="288"/>
        <source>Synthetic source:</source>
        <translation>Synthetische Quelle:</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="293"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <location filename="../app/gui/mainwindow.cpp" line="925"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <location filename="../app/gui/mainwindow.cpp" line="926"/>
        <location filename="../app/gui/mainwindow.cpp" line="1727"/>
        <source>Coronal</source>
        <translation>Koronal</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <location filename="../app/gui/mainwindow.cpp" line="927"/>
        <location filename="../app/gui/mainwindow.cpp" line="1729"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <source>All three (linked cursor)</source>
        <translation>Alle drei (verbundener Cursor)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="318"/>
        <source>Which view of a scan each pane shows. In the three-view layout a click places the linked cursor; right-drag sets window/level.</source>
        <translation>Welche Ansicht eines Scans jedes Feld zeigt. In der Dreifachansicht setzt ein Klick den verbundenen Cursor; Ziehen mit der rechten Taste stellt Fenster/Level ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="358"/>
        <source>Radiological (patient&apos;s right on the left)</source>
        <translation>Radiologisch (rechte Patientenseite links)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="361"/>
        <source>Off: neurological convention, patient&apos;s right on the right.</source>
        <translation>Aus: neurologische Konvention, rechte Patientenseite rechts.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>Variants on the current frame only</source>
        <translation>Varianten nur für das aktuelle Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="371"/>
        <source>4-d scans: compute the variants on the frame shown (fast), or on every frame (each frame along its three spatial axes).</source>
        <translation>4-D-Scans: Varianten für das angezeigte Bild (schnell) oder für jedes Bild berechnen (jedes entlang seiner drei Raumachsen).</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="383"/>
        <source>Hann</source>
        <translation>Hann</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="384"/>
        <source>Rectangular</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="385"/>
        <source>Blackman–Harris</source>
        <translation>Blackman–Harris</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="386"/>
        <source>Kaiser (β 14)</source>
        <translation>Kaiser (β 14)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="388"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="392"/>
        <source>FFT size; longer signals are Welch-averaged over 50 % overlapping segments.</source>
        <translation>FFT-Größe; längere Signale werden nach Welch über 50 % überlappende Segmente gemittelt.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <source>Spectrum window</source>
        <translation>Spektrumfenster</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="394"/>
        <source>FFT size</source>
        <translation>FFT-Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="401"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="403"/>
        <source>Spectrogram window length (rounded up to a power of two of samples at each signal&apos;s own rate): longer resolves frequency better, shorter resolves time better.</source>
        <translation>Fensterlänge des Spektrogramms (auf eine Zweierpotenz von Abtastwerten bei der eigenen Rate jedes Signals aufgerundet): länger löst Frequenzen besser auf, kürzer die Zeit.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="407"/>
        <source>½ window</source>
        <translation>½ Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="408"/>
        <source>¼ window</source>
        <translation>¼ Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="409"/>
        <source>⅛ window</source>
        <translation>⅛ Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="415"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="416"/>
        <source>Span of the spectrogram&apos;s colour scale below its top.</source>
        <translation>Spanne der Farbskala des Spektrogramms unterhalb ihres Maximums.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="426"/>
        <source>Spectrogram window</source>
        <translation>Spektrogrammfenster</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>Spectrogram hop</source>
        <translation>Spektrogramm-Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="428"/>
        <source>Spectrogram range</source>
        <translation>Spektrogrammbereich</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="429"/>
        <source>Spectrogram colours</source>
        <translation>Spektrogrammfarben</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443"/>
        <source>▶ Original</source>
        <translation>▶ Original</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443"/>
        <source>▶ Variant</source>
        <translation>▶ Variante</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443"/>
        <source>▶ Alias only</source>
        <translation>▶ Nur Alias</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="444"/>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="455"/>
        <source>Plays the selected variant at its own rate, from where the last one was.</source>
        <translation>Spielt die gewählte Variante bei ihrer eigenen Rate ab der letzten Position.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="457"/>
        <source>Plays only what folded: the selected variant&apos;s alias component.</source>
        <translation>Spielt nur das Gefaltete: die Alias-Komponente der gewählten Variante.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="459"/>
        <source>Play variants resampled back to the original rate</source>
        <translation>Varianten auf die Originalrate zurückgerechnet abspielen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="462"/>
        <source>On: variants are brought back to the source&apos;s rate (rational polyphase resampling, which adds no aliasing of its own) and A/B switching is gapless. Off: each variant plays at its own rate and the device restarts when the rate changes.</source>
        <translation>An: Varianten werden auf die Rate der Quelle zurückgebracht (rationale Polyphasen-Umtastung ohne eigenes Aliasing) und A/B-Umschalten ist lückenlos. Aus: jede Variante spielt bei ihrer eigenen Rate, und das Gerät startet bei einem Ratenwechsel neu.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="468"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="468"/>
        <source>Alias map</source>
        <translation>Alias-Karte</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="468"/>
        <source>Difference to ideal</source>
        <translation>Differenz zum Ideal</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="469"/>
        <source>k-space</source>
        <translation>k-Raum</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Kernel (linear variants)</source>
        <translation>Kern (lineare Varianten)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Kernel frequency response</source>
        <translation>Frequenzgang des Kerns</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="475"/>
        <source>Hann window for k-space</source>
        <translation>Hann-Fenster für den k-Raum</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="477"/>
        <source>3-d k-space (central slices)</source>
        <translation>3-D-k-Raum (Zentralschnitte)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="479"/>
        <source>Scans: each view shows the central slice of the volume&apos;s 3-d spectrum instead of the 2-d spectrum of the slice shown.</source>
        <translation>Scans: jede Ansicht zeigt den Zentralschnitt des 3-D-Spektrums des Volumens statt des 2-D-Spektrums der gezeigten Schicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="485"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="518"/>
        <source>Show alias overlay</source>
        <translation>Alias-Überlagerung zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="520"/>
        <source>Colours what folded: red where aliasing added, blue where it removed.</source>
        <translation>Färbt, was gefaltet wurde: rot, wo Aliasing hinzufügte, blau, wo es wegnahm.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="524"/>
        <source>Overlay opacity</source>
        <translation>Deckkraft der Überlagerung</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="535"/>
        <source>Auto (0.5–99.5 %)</source>
        <translation>Automatisch (0,5–99,5 %)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="536"/>
        <source>Full range</source>
        <translation>Voller Bereich</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="537"/>
        <source>CT brain (W 80, L 40)</source>
        <translation>CT Gehirn (W 80, L 40)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="538"/>
        <source>CT soft tissue (W 400, L 40)</source>
        <translation>CT Weichteil (W 400, L 40)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="539"/>
        <source>CT bone (W 1800, L 400)</source>
        <translation>CT Knochen (W 1800, L 400)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="540"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="542"/>
        <source>Display window; right-drag in a pane: horizontal = width, vertical = level.</source>
        <translation>Anzeigefenster; Ziehen mit der rechten Taste in einem Feld: waagrecht = Breite, senkrecht = Level.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="421"/>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="418"/>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="419"/>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>Magma</source>
        <translation>Magma</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="420"/>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>Cividis</source>
        <translation>Cividis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="469"/>
        <source>k-space of what folded</source>
        <translation>k-Raum des Gefalteten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="469"/>
        <source>Round trip: back − source</source>
        <translation>Hin und zurück: zurück − Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="472"/>
        <source>What image panes show: the output, what folded (alias map), the error against the ideal band-limited reference, the 2-d spectrum, or the spectrum of the alias component alone (where the folded energy sits in frequency).</source>
        <translation>Was die Bildfelder zeigen: die Ausgabe, das Gefaltete (Alias-Karte), den Fehler gegenüber der idealen bandbegrenzten Referenz, das 2-D-Spektrum oder das Spektrum der Alias-Komponente allein (wo die gefaltete Energie in der Frequenz liegt).</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="489"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="490"/>
        <source>Nearest</source>
        <translation>Nächster Nachbar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="491"/>
        <source>Bilinear</source>
        <translation>Bilinear</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="492"/>
        <source>Bicubic</source>
        <translation>Bikubisch</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="493"/>
        <source>Lanczos</source>
        <translation>Lanczos</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="495"/>
        <source>Bring every output back to the source&apos;s size with this upsampler and compare with the source: PSNR and SSIM in the metrics, the difference in &quot;Round trip&quot; view.</source>
        <translation>Jede Ausgabe mit diesem Hochtaster auf die Größe der Quelle zurückbringen und mit der Quelle vergleichen: PSNR und SSIM in den Kennzahlen, die Differenz in der Ansicht „Hin und zurück“.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="498"/>
        <source>Round trip</source>
        <translation>Hin und zurück</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="553"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="554"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="555"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="556"/>
        <source>Colour map</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="577"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="585"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="595"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="596"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="597"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="598"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="652"/>
        <location filename="../app/gui/mainwindow.cpp" line="793"/>
        <source>δ = 0 px</source>
        <translation>δ = 0 px</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="668"/>
        <source>δ = %1 px</source>
        <translation>δ = %1 px</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="683"/>
        <source>%1 shifted by %2 px</source>
        <translation>%1 verschoben um %2 px</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="755"/>
        <source>input shift δ (px)</source>
        <translation>Eingabeverschiebung δ (px)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="763"/>
        <source>E(δ)</source>
        <translation>E(δ)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="788"/>
        <source>Shift explorer</source>
        <translation>Verschiebungs-Explorer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="796"/>
        <source>Shifts the input by δ pixels (circularly; sub-pixel by Fourier phase) and recomputes every variant.</source>
        <translation>Verschiebt die Eingabe um δ Pixel (zyklisch; subpixelgenau über die Fourier-Phase) und berechnet jede Variante neu.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="798"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="799"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="806"/>
        <source>Compute E(δ) for every variant</source>
        <translation>E(δ) für jede Variante berechnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="808"/>
        <source>E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|: 0 for a shift-equivariant operator.</source>
        <translation>E(δ) = |M(verschobenes x) − verschobenes M(x)| / |M(x)|: 0 für einen verschiebungsäquivarianten Operator.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="832"/>
        <source>Radial spectrum</source>
        <translation>Radialspektrum</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="837"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="853"/>
        <source>No source.</source>
        <translation>Keine Quelle.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="855"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="856"/>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="857"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="858"/>
        <source>volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="859"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="861"/>
        <source>%1 Hz, %2 s</source>
        <translation>%1 Hz, %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="868"/>
        <source>spacing %1 (mm; time in the unit of the file)</source>
        <translation>Abstand %1 (mm; Zeit in der Einheit der Datei)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="872"/>
        <source>type %1, range %2 … %3</source>
        <translation>Typ %1, Bereich %2 … %3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="877"/>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;Warning: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;Warnung: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="949"/>
        <source>%1 is still loading; wait for it or cancel it first.</source>
        <translation>%1 wird noch geladen; warten Sie oder brechen Sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="966"/>
        <source>Loading %1 was cancelled.</source>
        <translation>Das Laden von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1395"/>
        <source>Kernels and their responses: in each linear variant&apos;s pane.</source>
        <translation>Kerne und ihre Frequenzgänge: im Feld jeder linearen Variante.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1701"/>
        <source>, detail energy discarded %1 %</source>
        <translation>, verworfene Detailenergie %1 %</translation>
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
        <translation>Kern wird berechnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1853"/>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1856"/>
        <source>input offset (%1, %2): weight %3</source>
        <translation>Eingabeversatz (%1, %2): Gewicht %3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1863"/>
        <source>%1 — kernel %2 × %2 around (%3, %4)</source>
        <translation>%1 — Kern %2 × %2 um (%3, %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1876"/>
        <source>|H| (dB)</source>
        <translation>|H| (dB)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1883"/>
        <source>%1, %2 cycles/px: %3 dB</source>
        <translation>%1, %2 Perioden/px: %3 dB</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1891"/>
        <source>%1 — frequency response (box: output Nyquist)</source>
        <translation>%1 — Frequenzgang (Rahmen: Nyquist der Ausgabe)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1902"/>
        <source>Choose a round trip (upsampler) in the view controls.</source>
        <translation>Wählen Sie bei den Ansichtseinstellungen einen Rückweg (Hochtaster).</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1916"/>
        <source>back − source</source>
        <translation>zurück − Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1925"/>
        <source>%1 (back − source %2)</source>
        <translation>%1 (zurück − Quelle %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2155"/>
        <source>%1 is not linear: it has no kernel.</source>
        <translation>%1 ist nicht linear: es hat keinen Kern.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2248"/>
        <source>Radial spectrum: choose a k-space view</source>
        <translation>Radiales Spektrum: eine k-Raum-Ansicht wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2251"/>
        <source>Radial power spectrum of what folded (reference: source)</source>
        <translation>Radiales Leistungsspektrum des Gefalteten (Referenz: Quelle)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2527"/>
        <source>Export the panes as shown</source>
        <translation>Felder wie angezeigt exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2528"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2540"/>
        <source>The view could not be encoded as PNG.</source>
        <translation>Die Ansicht konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2559"/>
        <source>Export the selected variant&apos;s slice (values, 16-bit)</source>
        <translation>Schicht der gewählten Variante exportieren (Werte, 16 Bit)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2560"/>
        <source>PNG images (*.png);;TIFF float32 (*.tif)</source>
        <translation>PNG-Bilder (*.png);;TIFF float32 (*.tif)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2575"/>
        <source>Select a computed variant of a scan to export one of its slices.</source>
        <translation>Wählen Sie eine berechnete Variante eines Scans, um eine ihrer Schichten zu exportieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2755"/>
        <source>cursor: voxel (%1, %2, %3) · RAS %4, %5, %6 mm · value %7</source>
        <translation>Cursor: Voxel (%1, %2, %3) · RAS %4, %5, %6 mm · Wert %7</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="952"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="817"/>
        <source>Shift-equivariance error E(δ) of every variant over one stride period; the metrics table gives its mean and the 1-px roll figure.</source>
        <translation>Verschiebungsäquivarianzfehler E(δ) jeder Variante über eine Schrittweite; die Metriktabelle zeigt sein Mittel und den 1-px-Rollwert.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="959"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="971"/>
        <source>The file %1 is too large to load.</source>
        <translation>Die Datei %1 ist zu groß zum Laden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="974"/>
        <source>The file %1 could not be loaded: %2</source>
        <translation>Die Datei %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1109"/>
        <source>All supported (*.wav *.flac *.ogg *.oga *.aif *.aiff *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.npy);;Audio (*.wav *.flac *.ogg *.oga *.aif *.aiff);;Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;NIfTI scans (*.nii *.nii.gz);;NumPy arrays (*.npy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1115"/>
        <source>Open a signal, image or scan</source>
        <translation>Signal, Bild oder Scan öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1361"/>
        <source>Reference: %1 — %2</source>
        <translation>Referenz: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1406"/>
        <location filename="../app/gui/mainwindow.cpp" line="1598"/>
        <location filename="../app/gui/mainwindow.cpp" line="1811"/>
        <source>computing k-space…</source>
        <translation>k-Raum wird berechnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1414"/>
        <location filename="../app/gui/mainwindow.cpp" line="1604"/>
        <location filename="../app/gui/mainwindow.cpp" line="1823"/>
        <source>|F| (dB)</source>
        <translation>|F| (dB)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1430"/>
        <source>%1, %2 cycles/px</source>
        <translation>%1, %2 Perioden/px</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1656"/>
        <source> (scaled)</source>
        <translation> (skaliert)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1659"/>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1697"/>
        <source> — %1, alias %2 dB</source>
        <translation> — %1, Alias %2 dB</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1718"/>
        <location filename="../app/gui/mainwindow.cpp" line="1756"/>
        <location filename="../app/gui/mainwindow.cpp" line="2006"/>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1641"/>
        <location filename="../app/gui/mainwindow.cpp" line="1652"/>
        <location filename="../app/gui/mainwindow.cpp" line="1944"/>
        <location filename="../app/gui/mainwindow.cpp" line="1955"/>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="929"/>
        <source>%1 slice %2/%3</source>
        <translation>%1, Schicht %2/%3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="934"/>
        <source>Frame %1/%2 (t = %3 %4, TR %5 %4)</source>
        <translation>Bild %1/%2 (t = %3 %4, TR %5 %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="938"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="941"/>
        <source>Frame 1/1</source>
        <translation>Bild 1/1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1377"/>
        <location filename="../app/gui/mainwindow.cpp" line="1725"/>
        <source>Axial · %1</source>
        <translation>Axial · %1</translation>
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
        <translation>%1 dB</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1441"/>
        <location filename="../app/gui/mainwindow.cpp" line="1646"/>
        <location filename="../app/gui/mainwindow.cpp" line="1951"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1641"/>
        <location filename="../app/gui/mainwindow.cpp" line="1944"/>
        <source>output − ideal</source>
        <translation>Ausgabe − Ideal</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1971"/>
        <source>%1 (alias %2)</source>
        <translation>%1 (Alias %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2011"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2252"/>
        <source>Radial (azimuthally averaged) power spectrum</source>
        <translation>Radiales (azimutal gemitteltes) Leistungsspektrum</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2275"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2285"/>
        <source>frequency (cycles per source pixel)</source>
        <translation>Frequenz (Perioden pro Quellpixel)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2288"/>
        <source>power (dB)</source>
        <translation>Leistung (dB)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2400"/>
        <source>Select a computed variant to listen to.</source>
        <translation>Wählen Sie eine berechnete Variante zum Anhören.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2410"/>
        <source>This signal cannot be played on the audio device (rate %1 Hz, %2 channels).</source>
        <translation>Dieses Signal kann auf dem Audiogerät nicht abgespielt werden (Rate %1 Hz, %2 Kanäle).</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2450"/>
        <source>%1 Hz in the original:</source>
        <translation>%1 Hz im Original:</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2458"/>
        <source>no filter: full strength</source>
        <translation>kein Filter: volle Stärke</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2462"/>
        <source>filter gain %1 dB</source>
        <translation>Filterverstärkung %1 dB</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2465"/>
        <source>• %1: stays at %2 Hz (%3)</source>
        <translation>• %1: bleibt bei %2 Hz (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2466"/>
        <source>• %1: folds to %2 Hz (%3)</source>
        <translation>• %1: faltet auf %2 Hz (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2479"/>
        <source>Export metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2479"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2504"/>
        <location filename="../app/gui/mainwindow.cpp" line="2611"/>
        <source>Select a computed variant to export.</source>
        <translation>Wählen Sie eine berechnete Variante zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2510"/>
        <source>NIfTI in the scan&apos;s datatype (*.nii.gz *.nii)</source>
        <translation>NIfTI im Datentyp des Scans (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2511"/>
        <source>NIfTI float32, exact (*.nii.gz *.nii)</source>
        <translation>NIfTI float32, exakt (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2512"/>
        <source>Native (*.%1)</source>
        <translation>Nativ (*.%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2513"/>
        <source>NumPy (*.npy)</source>
        <translation>NumPy (*.npy)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2517"/>
        <source>Export variant</source>
        <translation>Variante exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="2495"/>
        <location filename="../app/gui/mainwindow.cpp" line="2548"/>
        <location filename="../app/gui/mainwindow.cpp" line="2599"/>
        <location filename="../app/gui/mainwindow.cpp" line="2620"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>dsl::app::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferences.cpp" line="15"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="21"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="23"/>
        <source>Files whose decoded data (as 32-bit floats) would need more memory are refused before anything is allocated.</source>
        <translation>Dateien, deren dekodierte Daten (als 32-Bit-Gleitkommazahlen) mehr Speicher bräuchten, werden abgelehnt, bevor etwas angelegt wird.</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="25"/>
        <source>Memory budget for opening a file:</source>
        <translation>Speicherbudget zum Öffnen einer Datei:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="26"/>
        <source>A photo of W × H pixels with C channels needs W·H·C·4 bytes; a scan its voxel count × 4.</source>
        <translation>Ein Foto mit W × H Pixeln und C Kanälen braucht W·H·C·4 Bytes, ein Scan seine Voxelanzahl × 4.</translation>
    </message>
</context>
<context>
    <name>dsl::app::Scheduler</name>
    <message>
        <location filename="../app/gui/scheduler.cpp" line="84"/>
        <source>Out of memory.</source>
        <translation>Nicht genug Speicher.</translation>
    </message>
    <message>
        <location filename="../app/gui/scheduler.cpp" line="86"/>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::FilterChart</name>
    <message>
        <location filename="../widgets/filterchart.cpp" line="21"/>
        <source>frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="112"/>
        <source>Anti-alias filter: magnitude (applied zero-phase: output delay 0)</source>
        <translation>Anti-Alias-Filter: Betrag (nullphasig angewandt: Ausgabeverzögerung 0)</translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="113"/>
        <source>gain (dB)</source>
        <translation>Verstärkung (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="116"/>
        <source>Phase of the filter run once, causally (the method cancels it)</source>
        <translation>Phase des einmal kausal angewandten Filters (die Methode hebt sie auf)</translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="117"/>
        <source>phase (degrees)</source>
        <translation>Phase (Grad)</translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="120"/>
        <source>Group delay of the filter run once, causally (the method cancels it)</source>
        <translation>Gruppenlaufzeit des einmal kausal angewandten Filters (die Methode hebt sie auf)</translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="121"/>
        <source>group delay (ms)</source>
        <translation>Gruppenlaufzeit (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="176"/>
        <source>pass / stop edges</source>
        <translation>Durchlass-/Sperrkanten</translation>
    </message>
    <message>
        <location filename="../widgets/filterchart.cpp" line="172"/>
        <source>new Nyquist</source>
        <translation>neue Nyquist-Frequenz</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::ImagePane</name>
    <message>
        <location filename="../widgets/imagepane.cpp" line="170"/>
        <source>x %1, y %2  [%3, %4]  %5</source>
        <translation>x %1, y %2  [%3, %4]  %5</translation>
    </message>
    <message>
        <location filename="../widgets/imagepane.cpp" line="261"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::MetricsTable</name>
    <message>
        <location filename="../widgets/metricstable.cpp" line="127"/>
        <location filename="../widgets/metricstable.cpp" line="130"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="127"/>
        <location filename="../widgets/metricstable.cpp" line="130"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="127"/>
        <location filename="../widgets/metricstable.cpp" line="130"/>
        <source>Alias energy (dB)</source>
        <translation>Alias-Energie (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="127"/>
        <source>SNR (dB)</source>
        <translation>SNR (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="128"/>
        <location filename="../widgets/metricstable.cpp" line="131"/>
        <source>Runtime (ms)</source>
        <translation>Laufzeit (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="128"/>
        <source>Worst alias (dBc)</source>
        <translation>Stärkster Alias (dBc)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="128"/>
        <source>Stopband (dB)</source>
        <translation>Sperrbereich (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="128"/>
        <source>Ripple (dB)</source>
        <translation>Welligkeit (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="129"/>
        <location filename="../widgets/metricstable.cpp" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="130"/>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="131"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="131"/>
        <source>Foldable HF (dB)</source>
        <translation>Faltbare HF (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="133"/>
        <source>PSNR, slice (dB)</source>
        <translation>PSNR, Schicht (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="133"/>
        <source>Alias, slice (dB)</source>
        <translation>Alias, Schicht (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="135"/>
        <source>Round trip PSNR (dB)</source>
        <translation>Hin und zurück PSNR (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="135"/>
        <source>Round trip SSIM</source>
        <translation>Hin und zurück SSIM</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="137"/>
        <source>Shift error, mean E(δ)</source>
        <translation>Verschiebungsfehler, Mittel E(δ)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="137"/>
        <source>1-px roll error</source>
        <translation>Fehler bei 1-px-Rollen</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="140"/>
        <source>Energy of the alias component relative to the output</source>
        <translation>Energie der Alias-Komponente relativ zur Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="143"/>
        <source>The source&apos;s energy above this output&apos;s Nyquist, relative to its AC energy: what the rate change must remove, or else folds</source>
        <translation>Energie der Quelle oberhalb der Nyquist-Frequenz dieser Ausgabe, relativ zu ihrer Wechselanteil-Energie: was die Ratenänderung entfernen muss, sonst faltet es</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="147"/>
        <source>Level of a full-scale tone at 1.005 × the new Nyquist after folding</source>
        <translation>Pegel eines Vollaussteuerungstons bei 1,005 × der neuen Nyquist-Frequenz nach der Faltung</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="151"/>
        <source>The output brought back to the source&apos;s size by the chosen upsampler, against the source</source>
        <translation>Die mit dem gewählten Hochtaster auf die Größe der Quelle zurückgebrachte Ausgabe, verglichen mit der Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="155"/>
        <source>E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|, averaged over one stride period (shift explorer): 0 for a shift-equivariant operator</source>
        <translation>E(δ) = |M(verschobenes x) − verschobenes M(x)| / |M(x)|, gemittelt über eine Schrittweite (Verschiebungs-Explorer): 0 für einen verschiebungsäquivarianten Operator</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="158"/>
        <source>The input rolled by one pixel, the output compared with its best roll: 0 for an operator invariant to integer shifts (APS)</source>
        <translation>Die Eingabe um ein Pixel gerollt, die Ausgabe mit ihrer besten Rollung verglichen: 0 für einen Operator, der gegen ganzzahlige Verschiebungen invariant ist (APS)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="164"/>
        <source>Of the output slice nearest the cursor&apos;s axial slice; the other columns are for the whole volume</source>
        <translation>Für die Ausgabeschicht nächst der axialen Cursorschicht; die übrigen Spalten gelten für das ganze Volumen</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SignalPane</name>
    <message>
        <location filename="../widgets/signalpane.cpp" line="48"/>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="56"/>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="57"/>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="108"/>
        <source>Magnitude (dB)</source>
        <translation>Betrag (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="108"/>
        <source>Phase (causal)</source>
        <translation>Phase (kausal)</translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="108"/>
        <source>Group delay (causal)</source>
        <translation>Gruppenlaufzeit (kausal)</translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="110"/>
        <source>Phase and group delay of the filter run once, forward: what a streaming implementation would add. The methods here apply it zero-phase, so their outputs are not delayed.</source>
        <translation>Phase und Gruppenlaufzeit des einmal vorwärts angewandten Filters: was eine Streaming-Implementierung hinzufügen würde. Die Methoden hier wenden es nullphasig an, ihre Ausgaben sind also nicht verzögert.</translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="113"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/signalpane.cpp" line="58"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SpectrogramView</name>
    <message>
        <location filename="../widgets/spectrogramview.cpp" line="105"/>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../widgets/spectrogramview.cpp" line="109"/>
        <source>frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/spectrogramview.cpp" line="122"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SpectrumChart</name>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="49"/>
        <source>band that folds</source>
        <translation>faltendes Band</translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="52"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="54"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="56"/>
        <source>folded energy</source>
        <translation>gefaltete Energie</translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="58"/>
        <source>new Nyquist</source>
        <translation>neue Nyquist-Frequenz</translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="63"/>
        <source>frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="65"/>
        <source>magnitude (dB)</source>
        <translation>Betrag (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/spectrumchart.cpp" line="78"/>
        <source>Orange band: frequencies that fold into the output. Dashed: the new Nyquist frequency. Red: the spectrum of the alias component.</source>
        <translation>Orangefarbenes Band: Frequenzen, die in die Ausgabe falten. Gestrichelt: die neue Nyquist-Frequenz. Rot: das Spektrum der Alias-Komponente.</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::WaveformPane</name>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="26"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="31"/>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="32"/>
        <source>amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="79"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Shows what downsampling does to your data.</source>
        <translation>Zeigt, was Unterabtastung mit Ihren Daten macht.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Save a PNG of the window once every variant is computed, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald alle Varianten berechnet sind, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Report errors in the status bar only.</source>
        <translation>Fehler nur in der Statusleiste melden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>View to show: waveform, spectrum, spectrogram or filter (signals); output, alias, difference, kspace, aliaskspace, roundtrip, kernel or response (images).</source>
        <translation>Anzuzeigende Ansicht: waveform, spectrum, spectrogram oder filter (Signale); output, alias, difference, kspace, aliaskspace, roundtrip, kernel oder response (Bilder).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>A variant to add, as ID[:key=value,...] (repeatable).</source>
        <translation>Eine hinzuzufügende Variante als ID[:Schlüssel=Wert,...] (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Open demo preset N (see File &gt; Demo presets) instead of a file.</source>
        <translation>Demo-Vorlage N (siehe Datei &gt; Demo-Vorlagen) statt einer Datei öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Shift the input by N eighths of a pixel (shift explorer).</source>
        <translation>Die Eingabe um N Achtel Pixel verschieben (Verschiebungs-Explorer).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Compute the shift explorer&apos;s E(δ) curves of every variant once the results are ready (a screenshot then waits for them).</source>
        <translation>Die E(δ)-Kurven des Verschiebungs-Explorers für jede Variante berechnen, sobald die Ergebnisse vorliegen (ein Bildschirmfoto wartet dann auf sie).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Volume plane to show: axial, coronal or sagittal.</source>
        <translation>Anzuzeigende Volumenebene: axial, coronal oder sagittal.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>Bring every output back to the source&apos;s size with this resizer: nearest, bilinear, bicubic or lanczos.</source>
        <translation>Jede Ausgabe mit diesem Skalierer auf die Größe der Quelle zurückbringen: nearest, bilinear, bicubic oder lanczos.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="75"/>
        <source>A signal, image or scan to open.</source>
        <translation>Ein zu öffnendes Signal, Bild oder Scan.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Unknown round trip: %1</source>
        <translation>Unbekannter Rückweg: %1</translation>
    </message>
</context>
</TS>
