<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dsl</name>
    <message>
        <location filename="../core/src/axes.cpp" line="15"/>
        <source>Axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/axes.cpp" line="16"/>
        <source>Which axes to downsample: all spatial axes, or a subset (x, y, z, t).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="80"/>
        <source>Block mean (boxcar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="81"/>
        <source>Averages each block of M samples: a cheap low-pass whose sidelobes still let some energy fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="85"/>
        <location filename="../core/src/methods/decimate_naive.cpp" line="94"/>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="86"/>
        <source>Block length along each axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="89"/>
        <source>Naive subsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="90"/>
        <source>Keeps every M-th sample with no filter: everything above the new Nyquist frequency folds back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="95"/>
        <source>Keep one sample in M along each axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="96"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="97"/>
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
        <location filename="../core/src/synth.cpp" line="244"/>
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
        <location filename="../core/src/synth.cpp" line="164"/>
        <location filename="../core/src/synth.cpp" line="232"/>
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
        <location filename="../core/src/synth.cpp" line="161"/>
        <source>Square wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="162"/>
        <source>A naive square wave: its harmonics reach far above Nyquist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="170"/>
        <source>White noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="171"/>
        <source>Gaussian white noise: energy at every frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="172"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="179"/>
        <source>Impulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="180"/>
        <source>A single sample: shows a method&apos;s impulse response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="181"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="182"/>
        <source>Fraction of the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="189"/>
        <source>Zone plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="190"/>
        <source>Rings whose frequency grows with the radius: every frequency at once, so aliasing shows as moiré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="194"/>
        <source>Edge frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="195"/>
        <source>Local frequency at the edge midpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="206"/>
        <source>Siemens star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="207"/>
        <source>Black and white spokes converging to the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="208"/>
        <source>Spokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="217"/>
        <source>Checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="218"/>
        <source>Squares with sharp edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="220"/>
        <source>Cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="230"/>
        <source>Sinusoidal grating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="231"/>
        <source>One spatial frequency at one angle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="234"/>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="242"/>
        <source>3-d Shepp–Logan phantom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="243"/>
        <source>The modified Shepp–Logan head phantom as a volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="245"/>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="67"/>
        <source> × %1 ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="86"/>
        <location filename="../app/gui/mainwindow.cpp" line="456"/>
        <source>Downsample Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="118"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157"/>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159"/>
        <source>Export selected variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="160"/>
        <source>Export metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="162"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="164"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="168"/>
        <location filename="../app/gui/mainwindow.cpp" line="169"/>
        <source>About Downsample Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="170"/>
        <source>Downsample Lab shows what downsampling does to signals, images and scans: outputs side by side, what folded, and how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="182"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="193"/>
        <source>Synthetic source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="198"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="236"/>
        <source>Show alias overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Colours what folded: red where aliasing added, blue where it removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="242"/>
        <source>Overlay opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="255"/>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="263"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="273"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="275"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="276"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="311"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="321"/>
        <source>No source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="323"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="324"/>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="325"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="326"/>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="327"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="329"/>
        <source>%1 Hz, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="336"/>
        <source>spacing %1 (mm; time in the unit of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="340"/>
        <source>type %1, range %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="345"/>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;Warning: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="369"/>
        <source>Slice %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="371"/>
        <source>Frame %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="376"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="389"/>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="398"/>
        <source>The file %1 is too large to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="401"/>
        <source>The file %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="440"/>
        <source>All supported (*.wav *.flac *.ogg *.oga *.aif *.aiff *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.npy);;Audio (*.wav *.flac *.ogg *.oga *.aif *.aiff);;Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;NIfTI scans (*.nii *.nii.gz);;NumPy arrays (*.npy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="446"/>
        <source>Open a signal, image or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="611"/>
        <source>Reference: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="653"/>
        <source> — %1, alias %2 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="663"/>
        <location filename="../app/gui/mainwindow.cpp" line="669"/>
        <location filename="../app/gui/mainwindow.cpp" line="729"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="715"/>
        <source>%1 (alias %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="734"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="777"/>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="777"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="781"/>
        <source>The metrics could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="789"/>
        <source>Select a computed variant to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="794"/>
        <source>Export variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="795"/>
        <source>Native (*.%1);;NumPy (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="802"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::app::Scheduler</name>
    <message>
        <location filename="../app/gui/scheduler.cpp" line="29"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/scheduler.cpp" line="31"/>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::ImagePane</name>
    <message>
        <location filename="../widgets/imagepane.cpp" line="118"/>
        <source>x %1, y %2  [%3, %4]  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/imagepane.cpp" line="168"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::MetricsTable</name>
    <message>
        <location filename="../widgets/metricstable.cpp" line="51"/>
        <location filename="../widgets/metricstable.cpp" line="53"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="51"/>
        <location filename="../widgets/metricstable.cpp" line="53"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="51"/>
        <location filename="../widgets/metricstable.cpp" line="53"/>
        <source>Alias energy (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="51"/>
        <source>SNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="52"/>
        <location filename="../widgets/metricstable.cpp" line="54"/>
        <source>Runtime (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="52"/>
        <location filename="../widgets/metricstable.cpp" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="53"/>
        <source>PSNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="54"/>
        <source>SSIM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsl::widgets::WaveformPane</name>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="24"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="29"/>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="30"/>
        <source>amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="64"/>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>Shows what downsampling does to your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>Save a PNG of the window once every variant is computed, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Report errors in the status bar only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>A signal, image or scan to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
