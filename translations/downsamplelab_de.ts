<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>dsl</name>
    <message>
        <location filename="../core/src/axes.cpp" line="15"/>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <location filename="../core/src/axes.cpp" line="16"/>
        <source>Which axes to downsample: all spatial axes, or a subset (x, y, z, t).</source>
        <translation>Welche Achsen unterabgetastet werden: alle räumlichen Achsen oder eine Auswahl (x, y, z, t).</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="80"/>
        <source>Block mean (boxcar)</source>
        <translation>Blockmittel (Rechteck)</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="81"/>
        <source>Averages each block of M samples: a cheap low-pass whose sidelobes still let some energy fold.</source>
        <translation>Mittelt jeden Block aus M Abtastwerten: ein billiger Tiefpass, dessen Nebenkeulen noch etwas Energie falten lassen.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="85"/>
        <location filename="../core/src/methods/decimate_naive.cpp" line="94"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_boxcar.cpp" line="86"/>
        <source>Block length along each axis.</source>
        <translation>Blocklänge entlang jeder Achse.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="89"/>
        <source>Naive subsampling</source>
        <translation>Naive Unterabtastung</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="90"/>
        <source>Keeps every M-th sample with no filter: everything above the new Nyquist frequency folds back.</source>
        <translation>Behält jeden M-ten Abtastwert ohne Filter: alles oberhalb der neuen Nyquist-Frequenz faltet zurück.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="95"/>
        <source>Keep one sample in M along each axis.</source>
        <translation>Einen von M Abtastwerten je Achse behalten.</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="96"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/src/methods/decimate_naive.cpp" line="97"/>
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
        <location filename="../core/src/synth.cpp" line="244"/>
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
        <location filename="../core/src/synth.cpp" line="164"/>
        <location filename="../core/src/synth.cpp" line="232"/>
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
        <location filename="../core/src/synth.cpp" line="161"/>
        <source>Square wave</source>
        <translation>Rechteckwelle</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="162"/>
        <source>A naive square wave: its harmonics reach far above Nyquist.</source>
        <translation>Eine naive Rechteckwelle: ihre Obertöne reichen weit über Nyquist.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="170"/>
        <source>White noise</source>
        <translation>Weißes Rauschen</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="171"/>
        <source>Gaussian white noise: energy at every frequency.</source>
        <translation>Gaußsches weißes Rauschen: Energie bei jeder Frequenz.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="172"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="179"/>
        <source>Impulse</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="180"/>
        <source>A single sample: shows a method&apos;s impulse response.</source>
        <translation>Ein einzelner Abtastwert: zeigt die Impulsantwort eines Verfahrens.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="181"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="182"/>
        <source>Fraction of the duration.</source>
        <translation>Anteil der Dauer.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="189"/>
        <source>Zone plate</source>
        <translation>Zonenplatte</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="190"/>
        <source>Rings whose frequency grows with the radius: every frequency at once, so aliasing shows as moiré.</source>
        <translation>Ringe, deren Frequenz mit dem Radius wächst: alle Frequenzen zugleich, daher zeigt sich Aliasing als Moiré.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="194"/>
        <source>Edge frequency</source>
        <translation>Randfrequenz</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="195"/>
        <source>Local frequency at the edge midpoints.</source>
        <translation>Lokale Frequenz in der Mitte der Ränder.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="206"/>
        <source>Siemens star</source>
        <translation>Siemensstern</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="207"/>
        <source>Black and white spokes converging to the centre.</source>
        <translation>Schwarze und weiße Speichen, die zur Mitte zusammenlaufen.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="208"/>
        <source>Spokes</source>
        <translation>Speichen</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="217"/>
        <source>Checkerboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="218"/>
        <source>Squares with sharp edges.</source>
        <translation>Quadrate mit scharfen Kanten.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="220"/>
        <source>Cell size</source>
        <translation>Feldgröße</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="230"/>
        <source>Sinusoidal grating</source>
        <translation>Sinusgitter</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="231"/>
        <source>One spatial frequency at one angle.</source>
        <translation>Eine Ortsfrequenz unter einem Winkel.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="234"/>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="242"/>
        <source>3-d Shepp–Logan phantom</source>
        <translation>3-D-Shepp-Logan-Phantom</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="243"/>
        <source>The modified Shepp–Logan head phantom as a volume.</source>
        <translation>Das modifizierte Shepp-Logan-Kopfphantom als Volumen.</translation>
    </message>
    <message>
        <location filename="../core/src/synth.cpp" line="245"/>
        <source>Spacing</source>
        <translation>Abstand</translation>
    </message>
</context>
<context>
    <name>dsl::app::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="67"/>
        <source> × %1 ch</source>
        <translation> × %1 Kan.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="86"/>
        <location filename="../app/gui/mainwindow.cpp" line="456"/>
        <source>Downsample Lab</source>
        <translation>Downsample Lab</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="107"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>Computing…</source>
        <translation>Berechne…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="118"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157"/>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159"/>
        <source>Export selected variant…</source>
        <translation>Ausgewählte Variante exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="160"/>
        <source>Export metrics as CSV…</source>
        <translation>Metriken als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="162"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="164"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="168"/>
        <location filename="../app/gui/mainwindow.cpp" line="169"/>
        <source>About Downsample Lab</source>
        <translation>Über Downsample Lab</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="170"/>
        <source>Downsample Lab shows what downsampling does to signals, images and scans: outputs side by side, what folded, and how much.</source>
        <translation>Downsample Lab zeigt, was Unterabtastung mit Signalen, Bildern und Scans macht: Ergebnisse nebeneinander, was gefaltet wurde und wie stark.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="182"/>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="193"/>
        <source>Synthetic source:</source>
        <translation>Synthetische Quelle:</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="198"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="236"/>
        <source>Show alias overlay</source>
        <translation>Alias-Überlagerung zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Colours what folded: red where aliasing added, blue where it removed.</source>
        <translation>Färbt, was gefaltet wurde: rot, wo Aliasing hinzufügte, blau, wo es wegnahm.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="242"/>
        <source>Overlay opacity</source>
        <translation>Deckkraft der Überlagerung</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="255"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="263"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="273"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="275"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="276"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="311"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="321"/>
        <source>No source.</source>
        <translation>Keine Quelle.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="323"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="324"/>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="325"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="326"/>
        <source>volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="327"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="329"/>
        <source>%1 Hz, %2 s</source>
        <translation>%1 Hz, %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="336"/>
        <source>spacing %1 (mm; time in the unit of the file)</source>
        <translation>Abstand %1 (mm; Zeit in der Einheit der Datei)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="340"/>
        <source>type %1, range %2 … %3</source>
        <translation>Typ %1, Bereich %2 … %3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="345"/>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;Warning: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;Warnung: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="369"/>
        <source>Slice %1/%2</source>
        <translation>Schicht %1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="371"/>
        <source>Frame %1/%2</source>
        <translation>Bild %1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="376"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="389"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="398"/>
        <source>The file %1 is too large to load.</source>
        <translation>Die Datei %1 ist zu groß zum Laden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="401"/>
        <source>The file %1 could not be loaded: %2</source>
        <translation>Die Datei %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="440"/>
        <source>All supported (*.wav *.flac *.ogg *.oga *.aif *.aiff *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.npy);;Audio (*.wav *.flac *.ogg *.oga *.aif *.aiff);;Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;NIfTI scans (*.nii *.nii.gz);;NumPy arrays (*.npy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="446"/>
        <source>Open a signal, image or scan</source>
        <translation>Signal, Bild oder Scan öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="611"/>
        <source>Reference: %1 — %2</source>
        <translation>Referenz: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="653"/>
        <source> — %1, alias %2 dB</source>
        <translation> — %1, Alias %2 dB</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="663"/>
        <location filename="../app/gui/mainwindow.cpp" line="669"/>
        <location filename="../app/gui/mainwindow.cpp" line="729"/>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="715"/>
        <source>%1 (alias %2)</source>
        <translation>%1 (Alias %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="734"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="777"/>
        <source>Export metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="777"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="781"/>
        <source>The metrics could not be written to %1: %2</source>
        <translation>Die Metriken konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="789"/>
        <source>Select a computed variant to export.</source>
        <translation>Wählen Sie eine berechnete Variante zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="794"/>
        <source>Export variant</source>
        <translation>Variante exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="795"/>
        <source>Native (*.%1);;NumPy (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="802"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>dsl::app::Scheduler</name>
    <message>
        <location filename="../app/gui/scheduler.cpp" line="29"/>
        <source>Out of memory.</source>
        <translation>Nicht genug Speicher.</translation>
    </message>
    <message>
        <location filename="../app/gui/scheduler.cpp" line="31"/>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
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
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="51"/>
        <location filename="../widgets/metricstable.cpp" line="53"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="51"/>
        <location filename="../widgets/metricstable.cpp" line="53"/>
        <source>Alias energy (dB)</source>
        <translation>Alias-Energie (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="51"/>
        <source>SNR (dB)</source>
        <translation>SNR (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="52"/>
        <location filename="../widgets/metricstable.cpp" line="54"/>
        <source>Runtime (ms)</source>
        <translation>Laufzeit (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="52"/>
        <location filename="../widgets/metricstable.cpp" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="53"/>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/metricstable.cpp" line="54"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::WaveformPane</name>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="24"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="29"/>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../widgets/waveformpane.cpp" line="30"/>
        <source>amplitude</source>
        <translation>Amplitude</translation>
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
        <translation>Zeigt, was Unterabtastung mit Ihren Daten macht.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>Save a PNG of the window once every variant is computed, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald alle Varianten berechnet sind, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Report errors in the status bar only.</source>
        <translation>Fehler nur in der Statusleiste melden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>A signal, image or scan to open.</source>
        <translation>Ein zu öffnendes Signal, Bild oder Scan.</translation>
    </message>
</context>
</TS>
