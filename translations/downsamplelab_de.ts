<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Exporter</name>
    <message>
        <source>The view could not be encoded as PNG.</source>
        <translation>Die Ansicht konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Select a computed variant of a scan to export one of its slices.</source>
        <translation>Wählen Sie eine berechnete Variante eines Scans, um eine ihrer Schichten zu exportieren.</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>NIfTI in the scan&apos;s datatype (*.nii.gz *.nii)</source>
        <translation>NIfTI im Datentyp des Scans (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>NIfTI float32, exact (*.nii.gz *.nii)</source>
        <translation>NIfTI float32, exakt (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Native (*.%1)</source>
        <translation>Nativ (*.%1)</translation>
    </message>
    <message>
        <source>NumPy (*.npy)</source>
        <translation>NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Export variant</source>
        <translation>Variante exportieren</translation>
    </message>
    <message>
        <source>Export the panes as shown</source>
        <translation>Felder wie angezeigt exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export the selected variant&apos;s slice (values, 16-bit)</source>
        <translation>Schicht der gewählten Variante exportieren (Werte, 16 Bit)</translation>
    </message>
    <message>
        <source>PNG images (*.png);;TIFF float32 (*.tif)</source>
        <translation>PNG-Bilder (*.png);;TIFF float32 (*.tif)</translation>
    </message>
    <message>
        <source>Export the variant&apos;s rows</source>
        <translation>Zeilen der Variante exportieren</translation>
    </message>
    <message>
        <source>Kept rows, CSV (*.csv);;Kept row indices, NumPy int64 (*.npy)</source>
        <translation>Behaltene Zeilen, CSV (*.csv);;Indizes der behaltenen Zeilen, NumPy int64 (*.npy)</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>|F| (dB)</source>
        <translation>|F| (dB)</translation>
    </message>
    <message>
        <source>%1, %2 cycles/px</source>
        <translation>%1, %2 Perioden/px</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>|H| (dB)</source>
        <translation>|H| (dB)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source> × %1 ch</source>
        <translation> × %1 Kan.</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>ScatterPane</name>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>centroid</source>
        <translation>Zentroid</translation>
    </message>
    <message>
        <source>Rows per class · imbalance %1 → %2</source>
        <translation>Zeilen je Klasse · Ungleichgewicht %1 → %2</translation>
    </message>
    <message>
        <source>Rows per class · imbalance %1</source>
        <translation>Zeilen je Klasse · Ungleichgewicht %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This is not a Downsample Lab session (no &quot;format&quot;: &quot;downsample-lab-session&quot;).</source>
        <translation>Dies ist keine Downsample-Lab-Sitzung (kein "format": "downsample-lab-session").</translation>
    </message>
    <message>
        <source>The session has no valid version number.</source>
        <translation>Die Sitzung hat keine gültige Versionsnummer.</translation>
    </message>
    <message>
        <source>The session was written by a newer Downsample Lab (format version %1; this one reads up to %2).</source>
        <translation>Die Sitzung stammt von einem neueren Downsample Lab (Formatversion %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The session&apos;s source &quot;%1&quot; is not a non-empty text.</source>
        <translation>Die Quelle "%1" der Sitzung ist kein nichtleerer Text.</translation>
    </message>
    <message>
        <source>The session&apos;s synthetic source &quot;%1&quot; is not a known generator.</source>
        <translation>Die synthetische Quelle "%1" der Sitzung ist kein bekannter Generator.</translation>
    </message>
    <message>
        <source>The session&apos;s &quot;variants&quot; is not a list; no variants were added.</source>
        <translation>"variants" der Sitzung ist keine Liste; es wurden keine Varianten hinzugefügt.</translation>
    </message>
    <message>
        <source>A variant of the session is not a text and was left out.</source>
        <translation>Eine Variante der Sitzung ist kein Text und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; was left out: %2</source>
        <translation>Variante "%1" wurde ausgelassen: %2</translation>
    </message>
    <message>
        <source>The session&apos;s &quot;view&quot; is not an object; the view keeps its settings.</source>
        <translation>"view" der Sitzung ist kein Objekt; die Ansicht behält ihre Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot open session %1: %2</source>
        <translation>Sitzung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than a session can be (%1 MiB).</source>
        <translation>die Datei ist größer, als eine Sitzung sein kann (%1 MiB).</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2).</source>
        <translation>kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>the JSON is not an object.</source>
        <translation>das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>Cannot write session %1: %2</source>
        <translation>Sitzung %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>dsl</name>
    <message>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <source>Which axes to downsample: all spatial axes, or a subset (x, y, z, t).</source>
        <translation>Welche Achsen unterabgetastet werden: alle räumlichen Achsen oder eine Auswahl (x, y, z, t).</translation>
    </message>
    <message>
        <source>Block mean (boxcar)</source>
        <translation>Blockmittel (Rechteck)</translation>
    </message>
    <message>
        <source>Averages each block of M samples: a cheap low-pass whose sidelobes still let some energy fold.</source>
        <translation>Mittelt jeden Block aus M Abtastwerten: ein billiger Tiefpass, dessen Nebenkeulen noch etwas Energie falten lassen.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Block length along each axis.</source>
        <translation>Blocklänge entlang jeder Achse.</translation>
    </message>
    <message>
        <source>Naive subsampling</source>
        <translation>Naive Unterabtastung</translation>
    </message>
    <message>
        <source>Keeps every M-th sample with no filter: everything above the new Nyquist frequency folds back.</source>
        <translation>Behält jeden M-ten Abtastwert ohne Filter: alles oberhalb der neuen Nyquist-Frequenz faltet zurück.</translation>
    </message>
    <message>
        <source>FIR decimation (Kaiser, polyphase)</source>
        <translation>FIR-Dezimierung (Kaiser, polyphas)</translation>
    </message>
    <message>
        <source>Low-pass filters with a Kaiser-windowed sinc, then keeps every M-th sample; defaults equal scipy resample_poly(x, 1, M).</source>
        <translation>Tiefpassfiltert mit einem Kaiser-gefensterten Sinc und behält dann jeden M-ten Abtastwert; die Standardwerte entsprechen scipy resample_poly(x, 1, M).</translation>
    </message>
    <message>
        <source>Keep one sample in M along each axis.</source>
        <translation>Einen von M Abtastwerten je Achse behalten.</translation>
    </message>
    <message>
        <source>Half-length</source>
        <translation>Halbe Länge</translation>
    </message>
    <message>
        <source>Filter half-length in multiples of M (taps = 2 M half + 1).</source>
        <translation>Halbe Filterlänge in Vielfachen von M (Koeffizienten = 2 M half + 1).</translation>
    </message>
    <message>
        <source>Kaiser beta</source>
        <translation>Kaiser-Beta</translation>
    </message>
    <message>
        <source>Window shape: larger is more attenuation, wider transition.</source>
        <translation>Fensterform: größer bedeutet mehr Dämpfung und breiteren Übergang.</translation>
    </message>
    <message>
        <source>Stopband attenuation</source>
        <translation>Sperrdämpfung</translation>
    </message>
    <message>
        <source>If set, beta and length follow from it by Kaiser&apos;s formulas.</source>
        <translation>Wenn gesetzt, folgen Beta und Länge daraus nach Kaisers Formeln.</translation>
    </message>
    <message>
        <source>Transition width</source>
        <translation>Übergangsbreite</translation>
    </message>
    <message>
        <source>Full transition band as a fraction of the new Nyquist frequency (with attenuation).</source>
        <translation>Gesamtes Übergangsband als Anteil der neuen Nyquist-Frequenz (mit Dämpfung).</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Grenzfrequenz</translation>
    </message>
    <message>
        <source>Cutoff (-6 dB) as a fraction of the new Nyquist frequency.</source>
        <translation>Grenzfrequenz (-6 dB) als Anteil der neuen Nyquist-Frequenz.</translation>
    </message>
    <message>
        <source>FIR decimation (Hamming, scipy decimate)</source>
        <translation>FIR-Dezimierung (Hamming, scipy decimate)</translation>
    </message>
    <message>
        <source>scipy decimate(ftype=&apos;fir&apos;): a 20 M + 1 tap Hamming-windowed sinc, zero phase, then every M-th sample.</source>
        <translation>scipy decimate(ftype=&apos;fir&apos;): ein Hamming-gefensterter Sinc mit 20 M + 1 Koeffizienten, nullphasig, dann jeder M-te Abtastwert.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Index of the first kept sample.</source>
        <translation>Index des ersten behaltenen Abtastwerts.</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>A pure tone.</source>
        <translation>Ein reiner Ton.</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Three tones</source>
        <translation>Drei Töne</translation>
    </message>
    <message>
        <source>Three tones of equal amplitude; put one above the new Nyquist frequency to watch it fold.</source>
        <translation>Drei Töne gleicher Amplitude; legen Sie einen über die neue Nyquist-Frequenz, um ihn falten zu sehen.</translation>
    </message>
    <message>
        <source>Tone 1</source>
        <translation>Ton 1</translation>
    </message>
    <message>
        <source>Tone 2</source>
        <translation>Ton 2</translation>
    </message>
    <message>
        <source>Tone 3</source>
        <translation>Ton 3</translation>
    </message>
    <message>
        <source>Start frequency</source>
        <translation>Startfrequenz</translation>
    </message>
    <message>
        <source>End frequency</source>
        <translation>Endfrequenz</translation>
    </message>
    <message>
        <source>Linear chirp</source>
        <translation>Linearer Chirp</translation>
    </message>
    <message>
        <source>A sweep whose frequency rises linearly: the classic fold-back.</source>
        <translation>Ein Sweep mit linear steigender Frequenz: die klassische Rückfaltung.</translation>
    </message>
    <message>
        <source>Logarithmic chirp</source>
        <translation>Logarithmischer Chirp</translation>
    </message>
    <message>
        <source>A sweep whose frequency rises exponentially.</source>
        <translation>Ein Sweep mit exponentiell steigender Frequenz.</translation>
    </message>
    <message>
        <source>Square wave</source>
        <translation>Rechteckwelle</translation>
    </message>
    <message>
        <source>A naive square wave: its harmonics reach far above Nyquist.</source>
        <translation>Eine naive Rechteckwelle: ihre Obertöne reichen weit über Nyquist.</translation>
    </message>
    <message>
        <source>White noise</source>
        <translation>Weißes Rauschen</translation>
    </message>
    <message>
        <source>Gaussian white noise: energy at every frequency.</source>
        <translation>Gaußsches weißes Rauschen: Energie bei jeder Frequenz.</translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation>Aufrunden</translation>
    </message>
    <message>
        <source>Keep a last, partial window (torch ceil_mode).</source>
        <translation>Ein letztes, unvollständiges Fenster behalten (torch ceil_mode).</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>The largest value of each window (torch max_pool2d); aliases like plain subsampling.</source>
        <translation>Der größte Wert jedes Fensters (torch max_pool2d); erzeugt Aliasing wie einfache Unterabtastung.</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>The mean of each window (torch avg_pool2d): a box filter, then subsampling.</source>
        <translation>Der Mittelwert jedes Fensters (torch avg_pool2d): ein Boxfilter, dann Unterabtastung.</translation>
    </message>
    <message>
        <source>Count padding</source>
        <translation>Rand mitzählen</translation>
    </message>
    <message>
        <source>Divide by the full window, zeros of the padding included (torch default).</source>
        <translation>Durch das volle Fenster teilen, Nullen des Rands eingeschlossen (torch-Standard).</translation>
    </message>
    <message>
        <source>LP pooling</source>
        <translation>LP-Pooling</translation>
    </message>
    <message>
        <source>Power mean (mean |x|^p)^(1/p): average at p = 1, max as p grows; faithful: torch&apos;s sum form.</source>
        <translation>Potenzmittel (mean |x|^p)^(1/p): Mittelwert bei p = 1, Maximum für wachsendes p; faithful: die Summenform von torch.</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>The power.</source>
        <translation>Der Exponent.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>corrected: power mean; faithful: torch lp_pool2d, (sum x^p)^(1/p).</source>
        <translation>corrected: Potenzmittel; faithful: torch lp_pool2d, (sum x^p)^(1/p).</translation>
    </message>
    <message>
        <source>SoftPool</source>
        <translation>SoftPool</translation>
    </message>
    <message>
        <source>Softmax-weighted mean of each window (weights e^(beta x)); faithful: the repo&apos;s CPU path (weights summed over channels, clamped at 0).</source>
        <translation>Softmax-gewichtetes Mittel jedes Fensters (Gewichte e^(beta x)); faithful: der CPU-Pfad des Repositorys (Gewichte über die Kanäle summiert, bei 0 begrenzt).</translation>
    </message>
    <message>
        <source>Gain (beta)</source>
        <translation>Verstärkung (Beta)</translation>
    </message>
    <message>
        <source>Softmax sharpness: 0 is average pooling, large is max pooling.</source>
        <translation>Softmax-Schärfe: 0 ergibt Mittelwert-Pooling, ein großer Wert Max-Pooling.</translation>
    </message>
    <message>
        <source>corrected: per-channel softmax (the CUDA kernel without its clamp); faithful: the CPU fallback.</source>
        <translation>corrected: Softmax je Kanal (der CUDA-Kernel ohne seine Begrenzung); faithful: der CPU-Ersatzpfad.</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Globales Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>One value per channel: the mean of the whole plane.</source>
        <translation>Ein Wert je Kanal: der Mittelwert der ganzen Ebene.</translation>
    </message>
    <message>
        <source>Strided convolution</source>
        <translation>Faltung mit Schrittweite</translation>
    </message>
    <message>
        <source>A fixed k × k filter applied every s pixels (ResNet geometry k3 s2 p1): aliases unless the kernel is a low-pass.</source>
        <translation>Ein festes k × k-Filter, alle s Pixel angewandt (ResNet-Geometrie k3 s2 p1): erzeugt Aliasing, sofern der Kern kein Tiefpass ist.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>box and binomial are low-pass; random (seeded) and Sobel are not.</source>
        <translation>box und binomial sind Tiefpässe; random (mit Startwert) und Sobel nicht.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>For the random kernel.</source>
        <translation>Für den Zufallskern (random).</translation>
    </message>
    <message>
        <source>Blur size</source>
        <translation>Unschärfegröße</translation>
    </message>
    <message>
        <source>Binomial filter taps (1: no blur, 4: the default of antialiased-cnns).</source>
        <translation>Koeffizienten des Binomialfilters (1: keine Glättung, 4: der Standard von antialiased-cnns).</translation>
    </message>
    <message>
        <source>Extra padding</source>
        <translation>Zusätzlicher Rand</translation>
    </message>
    <message>
        <source>Added on every side (antialiased-cnns pad_off).</source>
        <translation>Auf jeder Seite hinzugefügt (antialiased-cnns pad_off).</translation>
    </message>
    <message>
        <source>BlurPool</source>
        <translation>BlurPool</translation>
    </message>
    <message>
        <source>Binomial blur, then subsampling (antialiased-cnns BlurPool): aliasing traded for blur.</source>
        <translation>Binomiale Glättung, dann Unterabtastung (antialiased-cnns BlurPool): Aliasing gegen Unschärfe getauscht.</translation>
    </message>
    <message>
        <source>ConvBlurPool</source>
        <translation>ConvBlurPool</translation>
    </message>
    <message>
        <source>Strided convolution made antialiased: the convolution at stride 1, ReLU, then BlurPool (antialiased-cnns&apos; ResNet blocks).</source>
        <translation>Faltung mit Schrittweite, mit Antialiasing: die Faltung mit Schrittweite 1, ReLU, dann BlurPool (die ResNet-Blöcke von antialiased-cnns).</translation>
    </message>
    <message>
        <source>The fixed convolution kernel (as conv.strided).</source>
        <translation>Der feste Faltungskern (wie bei conv.strided).</translation>
    </message>
    <message>
        <source>Binomial filter taps.</source>
        <translation>Koeffizienten des Binomialfilters.</translation>
    </message>
    <message>
        <source>MaxBlurPool</source>
        <translation>MaxBlurPool</translation>
    </message>
    <message>
        <source>Dense 2 × 2 max (stride 1), then BlurPool: max pooling&apos;s response with far less aliasing.</source>
        <translation>Dichtes 2 × 2-Maximum (Schrittweite 1), dann BlurPool: die Antwort des Max-Poolings mit weit weniger Aliasing.</translation>
    </message>
    <message>
        <source>Haar wavelet (LL band)</source>
        <translation>Haar-Wavelet (LL-Band)</translation>
    </message>
    <message>
        <source>The orthonormal Haar approximation band (a + b + c + d) / 2 of each 2 × 2 block: twice average pooling; the detail bands are discarded.</source>
        <translation>Das orthonormale Haar-Approximationsband (a + b + c + d) / 2 jedes 2 × 2-Blocks: das Doppelte des Mittelwert-Poolings; die Detailbänder werden verworfen.</translation>
    </message>
    <message>
        <source>Detail-preserving pooling</source>
        <translation>Detailerhaltendes Pooling</translation>
    </message>
    <message>
        <source>Weighted 2 × 2 mean that favours pixels deviating from the block mean (DPP lite); asym: only brighter ones.</source>
        <translation>Gewichtetes 2 × 2-Mittel, das vom Blockmittel abweichende Pixel bevorzugt (DPP lite); asym: nur hellere.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>sym: both signs of deviation; asym: only positive.</source>
        <translation>sym: Abweichungen beider Vorzeichen; asym: nur positive.</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>Added to every weight (large: average pooling).</source>
        <translation>Zu jedem Gewicht addiert (groß: Mittelwert-Pooling).</translation>
    </message>
    <message>
        <source>lambda</source>
        <translation>lambda</translation>
    </message>
    <message>
        <source>Exponent on the deviation (0: average pooling).</source>
        <translation>Exponent der Abweichung (0: Mittelwert-Pooling).</translation>
    </message>
    <message>
        <source>Impulse</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>A single sample: shows a method&apos;s impulse response.</source>
        <translation>Ein einzelner Abtastwert: zeigt die Impulsantwort eines Verfahrens.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Fraction of the duration.</source>
        <translation>Anteil der Dauer.</translation>
    </message>
    <message>
        <source>Zone plate</source>
        <translation>Zonenplatte</translation>
    </message>
    <message>
        <source>Rings whose frequency grows with the radius: every frequency at once, so aliasing shows as moiré.</source>
        <translation>Ringe, deren Frequenz mit dem Radius wächst: alle Frequenzen zugleich, daher zeigt sich Aliasing als Moiré.</translation>
    </message>
    <message>
        <source>Edge frequency</source>
        <translation>Randfrequenz</translation>
    </message>
    <message>
        <source>Local frequency at the edge midpoints.</source>
        <translation>Lokale Frequenz in der Mitte der Ränder.</translation>
    </message>
    <message>
        <source>Siemens star</source>
        <translation>Siemensstern</translation>
    </message>
    <message>
        <source>Black and white spokes converging to the centre.</source>
        <translation>Schwarze und weiße Speichen, die zur Mitte zusammenlaufen.</translation>
    </message>
    <message>
        <source>Spokes</source>
        <translation>Speichen</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <source>Squares with sharp edges.</source>
        <translation>Quadrate mit scharfen Kanten.</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Feldgröße</translation>
    </message>
    <message>
        <source>Sinusoidal grating</source>
        <translation>Sinusgitter</translation>
    </message>
    <message>
        <source>One spatial frequency at one angle.</source>
        <translation>Eine Ortsfrequenz unter einem Winkel.</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>3-d Shepp–Logan phantom</source>
        <translation>3-D-Shepp-Logan-Phantom</translation>
    </message>
    <message>
        <source>The modified Shepp–Logan head phantom as a volume.</source>
        <translation>Das modifizierte Shepp-Logan-Kopfphantom als Volumen.</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>FFT resampling (brick wall)</source>
        <translation>FFT-Umtastung (Rechteckfilter)</translation>
    </message>
    <message>
        <source>Drops every DFT bin above the new Nyquist (scipy resample): no alias for periodic signals, edge ringing otherwise.</source>
        <translation>Verwirft jeden DFT-Bin oberhalb der neuen Nyquist-Frequenz (scipy resample): kein Alias bei periodischen Signalen, sonst Überschwingen an den Rändern.</translation>
    </message>
    <message>
        <source>Output length is ceil(N / M) along each axis.</source>
        <translation>Die Ausgabelänge ist ceil(N / M) entlang jeder Achse.</translation>
    </message>
    <message>
        <source>Half-band cascade (2^k)</source>
        <translation>Halbband-Kaskade (2^k)</translation>
    </message>
    <message>
        <source>Halves the rate k times with half-band FIR stages: cheap, and as clean as the quality preset asks (hq: -120 dB from 1.005 x Nyquist).</source>
        <translation>Halbiert die Rate k-mal mit Halbband-FIR-Stufen: günstig und so sauber, wie die Qualitätsstufe verlangt (hq: -120 dB ab 1,005 x Nyquist).</translation>
    </message>
    <message>
        <source>A power of two: 2, 4, 8, ...</source>
        <translation>Eine Zweierpotenz: 2, 4, 8, ...</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>fast: 80 dB, 0.8 of Nyquist kept; standard: 100 dB, 0.9; hq: 120 dB, 0.995; vhq: 150 dB, 0.995.</source>
        <translation>fast: 80 dB, 0,8 der Nyquist-Frequenz erhalten; standard: 100 dB, 0,9; hq: 120 dB, 0,995; vhq: 150 dB, 0,995.</translation>
    </message>
    <message>
        <source>IIR decimation (Chebyshev I, zero phase)</source>
        <translation>IIR-Dezimierung (Tschebyscheff I, nullphasig)</translation>
    </message>
    <message>
        <source>scipy decimate default: an order-8 Chebyshev I low-pass at 0.8 of the new Nyquist, run forward and backward, then every M-th sample.</source>
        <translation>Standard von scipy decimate: ein Tschebyscheff-I-Tiefpass 8. Ordnung bei 0,8 der neuen Nyquist-Frequenz, vorwärts und rückwärts angewandt, dann jeder M-te Abtastwert.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordnung</translation>
    </message>
    <message>
        <source>Filter order (number of poles).</source>
        <translation>Filterordnung (Anzahl der Pole).</translation>
    </message>
    <message>
        <source>Passband ripple</source>
        <translation>Durchlasswelligkeit</translation>
    </message>
    <message>
        <source>Chebyshev passband ripple.</source>
        <translation>Tschebyscheff-Durchlasswelligkeit.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Rand</translation>
    </message>
    <message>
        <source>How the border is extended before filtering.</source>
        <translation>Wie der Rand vor dem Filtern fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Window size k × k.</source>
        <translation>Fenstergröße k × k.</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Step between windows.</source>
        <translation>Schritt zwischen den Fenstern.</translation>
    </message>
    <message>
        <source>Pixels added on every side (at most k / 2).</source>
        <translation>Auf jeder Seite hinzugefügte Pixel (höchstens k / 2).</translation>
    </message>
    <message>
        <source>FLC pooling (FFT low-cut)</source>
        <translation>FLC-Pooling (FFT-Tiefpass)</translation>
    </message>
    <message>
        <source>Keeps the central half of the 2-d spectrum: band-limited resampling. faithful: the repo&apos;s crop, wrong for sizes of the form 4n + 2.</source>
        <translation>Behält die zentrale Hälfte des 2-D-Spektrums: bandbegrenzte Umtastung. faithful: der Zuschnitt des Repositorys, falsch für Größen der Form 4n + 2.</translation>
    </message>
    <message>
        <source>corrected: a DC-centred crop for every size; faithful: int(n/4):int(3n/4) as flc_pooling.py.</source>
        <translation>corrected: ein um den Gleichanteil zentrierter Zuschnitt für jede Größe; faithful: int(n/4):int(3n/4) wie flc_pooling.py.</translation>
    </message>
    <message>
        <source>ASAP pooling</source>
        <translation>ASAP-Pooling</translation>
    </message>
    <message>
        <source>FLC with a square-root Hamming taper on the spectrum against ringing. faithful: the repo&apos;s padding-one variant (a zero row and column first).</source>
        <translation>FLC mit einer Wurzel-Hamming-Gewichtung des Spektrums gegen Überschwingen. faithful: die padding-one-Variante des Repositorys (zuerst eine Nullzeile und -spalte).</translation>
    </message>
    <message>
        <source>corrected: no padding, DC-centred crop; faithful: ASAP_padding_one as resnet_asap.py uses it.</source>
        <translation>corrected: kein Rand, um den Gleichanteil zentrierter Zuschnitt; faithful: ASAP_padding_one, wie resnet_asap.py es verwendet.</translation>
    </message>
    <message>
        <source>Adaptive polyphase sampling</source>
        <translation>Adaptive Polyphasen-Abtastung</translation>
    </message>
    <message>
        <source>Keeps the one of the four stride-2 phases with the largest norm (over all channels): exactly invariant to integer circular shifts.</source>
        <translation>Behält von den vier Phasen bei Schrittweite 2 die mit der größten Norm (über alle Kanäle): exakt invariant gegen ganzzahlige zyklische Verschiebungen.</translation>
    </message>
    <message>
        <source>Binomial blur before the choice (1: none).</source>
        <translation>Binomiale Glättung vor der Auswahl (1: keine).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>How the phase is chosen.</source>
        <translation>Wie die Phase gewählt wird.</translation>
    </message>
    <message>
        <source>Rational resampling L/M (polyphase)</source>
        <translation>Rationale Umtastung L/M (polyphas)</translation>
    </message>
    <message>
        <source>Changes the rate by L/M with one polyphase Kaiser low-pass; defaults equal scipy resample_poly(x, L, M).</source>
        <translation>Ändert die Rate um L/M mit einem polyphasen Kaiser-Tiefpass; die Standardwerte entsprechen scipy resample_poly(x, L, M).</translation>
    </message>
    <message>
        <source>Up (L)</source>
        <translation>Hoch (L)</translation>
    </message>
    <message>
        <source>Interpolation factor.</source>
        <translation>Interpolationsfaktor.</translation>
    </message>
    <message>
        <source>Down (M)</source>
        <translation>Runter (M)</translation>
    </message>
    <message>
        <source>Decimation factor.</source>
        <translation>Dezimierungsfaktor.</translation>
    </message>
    <message>
        <source>Filter half-length in multiples of max(L, M).</source>
        <translation>Halbe Filterlänge in Vielfachen von max(L, M).</translation>
    </message>
    <message>
        <source>If set: a Kaiser design whose stopband starts at the lower Nyquist frequency with this attenuation (HQ: 120).</source>
        <translation>Wenn gesetzt: ein Kaiser-Entwurf, dessen Sperrband an der niedrigeren Nyquist-Frequenz mit dieser Dämpfung beginnt (HQ: 120).</translation>
    </message>
    <message>
        <source>With attenuation: the passband ends this fraction of the lower Nyquist frequency below it (libsoxr&apos;s default: 0.087).</source>
        <translation>Mit Dämpfung: das Durchlassband endet um diesen Anteil der niedrigeren Nyquist-Frequenz darunter (Standard von libsoxr: 0,087).</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>float: exact, in floating point. pillow8: Pillow&apos;s 8-bit images (horizontal pass, then vertical, each rounded and clipped to 0..255), to match its uint8 results.</source>
        <translation>float: exakt, in Gleitkomma. pillow8: die 8-Bit-Bilder von Pillow (erst horizontal, dann vertikal, jeweils gerundet und auf 0..255 begrenzt), um dessen uint8-Ergebnisse zu treffen.</translation>
    </message>
    <message>
        <source>Antialias</source>
        <translation>Antialiasing</translation>
    </message>
    <message>
        <source>Stretch the kernel by the scale when downsampling (Pillow, torch antialias=True); off: the plain kernel (OpenCV).</source>
        <translation>Den Kern beim Unterabtasten um den Skalierungsfaktor strecken (Pillow, torch antialias=True); aus: der unveränderte Kern (OpenCV).</translation>
    </message>
    <message>
        <source>Nearest neighbour</source>
        <translation>Nächster Nachbar</translation>
    </message>
    <message>
        <source>Picks one input pixel per output pixel: no filtering, maximal aliasing.</source>
        <translation>Wählt ein Eingabepixel je Ausgabepixel: keine Filterung, maximales Aliasing.</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>center: floor((j + 1/2) s) as Pillow and torch nearest-exact; floor: floor(j s) as OpenCV.</source>
        <translation>center: floor((j + 1/2) s) wie Pillow und torch nearest-exact; floor: floor(j s) wie OpenCV.</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>Bilinear</translation>
    </message>
    <message>
        <source>Triangle kernel. Without antialias it reads only 2 input pixels per axis whatever the factor, so it aliases when downsampling.</source>
        <translation>Dreieckskern. Ohne Antialiasing liest er unabhängig vom Faktor nur 2 Eingabepixel je Achse und erzeugt daher beim Unterabtasten Aliasing.</translation>
    </message>
    <message>
        <source>Bicubic (Keys)</source>
        <translation>Bikubisch (Keys)</translation>
    </message>
    <message>
        <source>Keys cubic convolution; a = -0.75 as OpenCV, -0.5 as Pillow.</source>
        <translation>Kubische Faltung nach Keys; a = -0,75 wie OpenCV, -0,5 wie Pillow.</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Keys parameter: -0.75 (OpenCV, torch plain), -0.5 (Pillow, torch antialias).</source>
        <translation>Keys-Parameter: -0,75 (OpenCV, torch ohne Antialiasing), -0,5 (Pillow, torch antialias).</translation>
    </message>
    <message>
        <source>Lanczos</source>
        <translation>Lanczos</translation>
    </message>
    <message>
        <source>Windowed sinc sinc(x) sinc(x / a): sharp, with slight ringing; a = 3 as Pillow, 4 as OpenCV LANCZOS4.</source>
        <translation>Gefensterter Sinc sinc(x) sinc(x / a): scharf, mit leichtem Überschwingen; a = 3 wie Pillow, 4 wie OpenCV LANCZOS4.</translation>
    </message>
    <message>
        <source>Lobes (a)</source>
        <translation>Keulen (a)</translation>
    </message>
    <message>
        <source>Kernel half-width in pixels.</source>
        <translation>Halbe Kernbreite in Pixeln.</translation>
    </message>
    <message>
        <source>Box (Pillow)</source>
        <translation>Box (Pillow)</translation>
    </message>
    <message>
        <source>Box kernel stretched over each output pixel&apos;s footprint (Pillow BOX).</source>
        <translation>Boxkern, über den Einzugsbereich jedes Ausgabepixels gestreckt (Pillow BOX).</translation>
    </message>
    <message>
        <source>Hamming (Pillow)</source>
        <translation>Hamming (Pillow)</translation>
    </message>
    <message>
        <source>Hamming-windowed sinc of support 1 (Pillow HAMMING).</source>
        <translation>Hamming-gefensterter Sinc mit Träger 1 (Pillow HAMMING).</translation>
    </message>
    <message>
        <source>Area (OpenCV INTER_AREA)</source>
        <translation>Fläche (OpenCV INTER_AREA)</translation>
    </message>
    <message>
        <source>Averages the exact footprint of each output pixel, fractional pixels weighted by overlap; an integer factor is the block mean.</source>
        <translation>Mittelt den exakten Einzugsbereich jedes Ausgabepixels, angeschnittene Pixel nach Überlappung gewichtet; ein ganzzahliger Faktor ergibt das Blockmittel.</translation>
    </message>
    <message>
        <source>Downsampling factor along each resized axis (output = floor(n / factor)).</source>
        <translation>Unterabtastungsfaktor entlang jeder skalierten Achse (Ausgabe = floor(n / Faktor)).</translation>
    </message>
    <message>
        <source>Output height</source>
        <translation>Ausgabehöhe</translation>
    </message>
    <message>
        <source>Explicit output rows (0: from the factor).</source>
        <translation>Explizite Ausgabezeilen (0: aus dem Faktor).</translation>
    </message>
    <message>
        <source>Output width</source>
        <translation>Ausgabebreite</translation>
    </message>
    <message>
        <source>Explicit output columns (0: from the factor).</source>
        <translation>Explizite Ausgabespalten (0: aus dem Faktor).</translation>
    </message>
    <message>
        <source>Output depth</source>
        <translation>Ausgabetiefe</translation>
    </message>
    <message>
        <source>Explicit output slices of a volume (0: from the factor).</source>
        <translation>Explizite Ausgabeschichten eines Volumens (0: aus dem Faktor).</translation>
    </message>
    <message>
        <source>Target spacing</source>
        <translation>Zielabstand</translation>
    </message>
    <message>
        <source>Resample a scan to this voxel size along every resized axis, from its physical spacing (0: use the factor). The output spans the same field of view, so the spacing reached is the field of view over the whole number of voxels.</source>
        <translation>Einen Scan entlang jeder skalierten Achse auf diese Voxelgröße umtasten, ausgehend vom physischen Abstand (0: Faktor verwenden). Die Ausgabe überdeckt dasselbe Sichtfeld; der erreichte Abstand ist das Sichtfeld geteilt durch die ganze Voxelzahl.</translation>
    </message>
    <message>
        <source>Gaussian prefilter + linear (scikit-image)</source>
        <translation>Gauß-Vorfilter + linear (scikit-image)</translation>
    </message>
    <message>
        <source>skimage resize with anti_aliasing: Gaussian blur of sigma (s - 1) / 2, then linear interpolation.</source>
        <translation>skimage resize mit anti_aliasing: Gauß-Glättung mit Sigma (s - 1) / 2, dann lineare Interpolation.</translation>
    </message>
    <message>
        <source>Cubic B-spline (scikit-image)</source>
        <translation>Kubischer B-Spline (scikit-image)</translation>
    </message>
    <message>
        <source>Interpolating cubic B-spline (skimage resize order 3, no anti-aliasing).</source>
        <translation>Interpolierender kubischer B-Spline (skimage resize order 3, ohne Antialiasing).</translation>
    </message>
    <message>
        <source>Upsampling factor per axis.</source>
        <translation>Hochtastfaktor je Achse.</translation>
    </message>
    <message>
        <source>Nearest upsampling</source>
        <translation>Hochtasten (nächster Nachbar)</translation>
    </message>
    <message>
        <source>Repeats every pixel f × f times (torch interpolate nearest).</source>
        <translation>Wiederholt jedes Pixel f × f-mal (torch interpolate nearest).</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>Bilineares Hochtasten</translation>
    </message>
    <message>
        <source>Linear interpolation (torch interpolate bilinear), half-pixel centres or aligned corners.</source>
        <translation>Lineare Interpolation (torch interpolate bilinear), Halbpixel-Zentren oder ausgerichtete Ecken.</translation>
    </message>
    <message>
        <source>Align corners</source>
        <translation>Ecken ausrichten</translation>
    </message>
    <message>
        <source>Map corner pixels onto corner pixels (torch align_corners=True).</source>
        <translation>Eckpixel auf Eckpixel abbilden (torch align_corners=True).</translation>
    </message>
    <message>
        <source>FFT (sinc) upsampling</source>
        <translation>FFT-Hochtasten (sinc)</translation>
    </message>
    <message>
        <source>Zero-pads the spectrum (scipy resample, Nyquist bin split): the ideal counterpart of FLC.</source>
        <translation>Füllt das Spektrum mit Nullen auf (scipy resample, Nyquist-Bin geteilt): das ideale Gegenstück zu FLC.</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Transponierte Faltung</translation>
    </message>
    <message>
        <source>Stride-2 transposed convolution with a fixed kernel: bilinear4 is smooth, ones3 shows the checkerboard artefact.</source>
        <translation>Transponierte Faltung mit Schrittweite 2 und festem Kern: bilinear4 ist glatt, ones3 zeigt das Schachbrettartefakt.</translation>
    </message>
    <message>
        <source>bilinear4: outer([1,3,3,1]/4); ones3: a 3 × 3 box of ones.</source>
        <translation>bilinear4: outer([1,3,3,1]/4); ones3: ein 3 × 3-Block aus Einsen.</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Ausgaberand</translation>
    </message>
    <message>
        <source>Extra rows/columns at the bottom/right (torch output_padding).</source>
        <translation>Zusätzliche Zeilen/Spalten unten/rechts (torch output_padding).</translation>
    </message>
    <message>
        <source>Max pool + unpool</source>
        <translation>Max-Pooling + Unpooling</translation>
    </message>
    <message>
        <source>2 × 2 max pooling, then each maximum put back at its own position (torch max_unpool2d), zeros elsewhere: the round trip of a segmentation decoder.</source>
        <translation>2 × 2-Max-Pooling, dann jedes Maximum an seine eigene Position zurückgesetzt (torch max_unpool2d), sonst Nullen: der Hin- und Rückweg eines Segmentierungs-Decoders.</translation>
    </message>
    <message>
        <source>all: the three spatial axes of a volume at once (the 3-d operator); xy, xz, yz: slice by slice in that plane.</source>
        <translation>all: alle drei Raumachsen eines Volumens zugleich (der 3-D-Operator); xy, xz, yz: Schicht für Schicht in dieser Ebene.</translation>
    </message>
    <message>
        <source>The plane a volume is processed in, slice by slice.</source>
        <translation>Die Ebene, in der ein Volumen Schicht für Schicht verarbeitet wird.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Apply the operator this many times in a row.</source>
        <translation>Den Operator so oft hintereinander anwenden.</translation>
    </message>
    <message>
        <source>Sampling strategy</source>
        <translation>Sampling-Strategie</translation>
    </message>
    <message>
        <source>Which classes are undersampled: auto (all but the minority), majority, not minority, not majority, all; a ratio such as 0.5 or label:count;label:count for controlled methods; label;label for cleaning methods.</source>
        <translation>Welche Klassen reduziert werden (Undersampling): auto (alle außer der Minderheitsklasse), majority, not minority, not majority, all; ein Verhältnis wie 0.5 oder Klasse:Anzahl;Klasse:Anzahl für kontrollierte Verfahren; Klasse;Klasse für bereinigende Verfahren.</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>all: remove a row unless every neighbour shares its class; mode: unless most do.</source>
        <translation>all: eine Zeile entfernen, sofern nicht jeder Nachbar ihre Klasse teilt; mode: sofern nicht die meisten es tun.</translation>
    </message>
    <message>
        <source>Seed of the random draws; -1 draws a fresh one each run.</source>
        <translation>Startwert der Zufallsziehungen; -1 zieht bei jedem Lauf einen neuen.</translation>
    </message>
    <message>
        <source>Tomek links</source>
        <translation>Tomek-Links</translation>
    </message>
    <message>
        <source>Removes the targeted end of every pair of mutual nearest neighbours of different classes (imblearn TomekLinks).</source>
        <translation>Entfernt bei jedem Paar gegenseitiger nächster Nachbarn verschiedener Klassen das Ende aus einer Zielklasse (imblearn TomekLinks).</translation>
    </message>
    <message>
        <source>Edited nearest neighbours</source>
        <translation>Editierte nächste Nachbarn</translation>
    </message>
    <message>
        <source>Removes targeted rows whose nearest neighbours disagree with their class (imblearn EditedNearestNeighbours).</source>
        <translation>Entfernt Zeilen der Zielklassen, deren nächste Nachbarn nicht mit ihrer Klasse übereinstimmen (imblearn EditedNearestNeighbours).</translation>
    </message>
    <message>
        <source>Neighbours that judge each row.</source>
        <translation>Nachbarn, die über jede Zeile urteilen.</translation>
    </message>
    <message>
        <source>Repeated edited nearest neighbours</source>
        <translation>Wiederholte editierte nächste Nachbarn</translation>
    </message>
    <message>
        <source>Edited nearest neighbours again on what is left until nothing changes, a class falls below the minority or max_iter rounds ran (imblearn RepeatedEditedNearestNeighbours).</source>
        <translation>Editierte nächste Nachbarn erneut auf dem Rest, bis sich nichts mehr ändert, eine Klasse unter die Minderheitsklasse fällt oder max_iter Runden gelaufen sind (imblearn RepeatedEditedNearestNeighbours).</translation>
    </message>
    <message>
        <source>Rounds at most</source>
        <translation>Höchstzahl der Runden</translation>
    </message>
    <message>
        <source>All k-NN</source>
        <translation>Alle k-NN</translation>
    </message>
    <message>
        <source>Edited nearest neighbours with 1, 2, … n_neighbors neighbours in turn, each on what the last left (imblearn AllKNN).</source>
        <translation>Editierte nächste Nachbarn nacheinander mit 1, 2, … n_neighbors Nachbarn, jeweils auf dem, was die vorige Runde übrig ließ (imblearn AllKNN).</translation>
    </message>
    <message>
        <source>The last round&apos;s neighbours.</source>
        <translation>Die Nachbarn der letzten Runde.</translation>
    </message>
    <message>
        <source>Allow below minority</source>
        <translation>Unter die Minderheitsklasse erlauben</translation>
    </message>
    <message>
        <source>Go on when a class falls below the minority&apos;s count.</source>
        <translation>Weitermachen, wenn eine Klasse unter die Zeilenzahl der Minderheitsklasse fällt.</translation>
    </message>
    <message>
        <source>Neighbourhood cleaning rule</source>
        <translation>Nachbarschaftsbereinigungsregel</translation>
    </message>
    <message>
        <source>Edited nearest neighbours (mode), then the targeted neighbours of every misclassified minority row (imblearn NeighbourhoodCleaningRule).</source>
        <translation>Editierte nächste Nachbarn (mode), dann die Nachbarn aus Zielklassen jeder falsch klassifizierten Minderheitszeile (imblearn NeighbourhoodCleaningRule).</translation>
    </message>
    <message>
        <source>Cleaning threshold</source>
        <translation>Bereinigungsschwelle</translation>
    </message>
    <message>
        <source>A class is cleaned around the minority only if it has more than this times the minority&apos;s rows.</source>
        <translation>Eine Klasse wird um die Minderheitsklasse herum nur bereinigt, wenn sie mehr als dieses Vielfache der Zeilen der Minderheitsklasse hat.</translation>
    </message>
    <message>
        <source>current: imbalanced-learn ≥ 0.12; legacy010: 0.10/0.11 (threshold over the whole table, kind_sel in the second step).</source>
        <translation>current: imbalanced-learn ≥ 0.12; legacy010: 0.10/0.11 (Schwelle über die ganze Tabelle, kind_sel im zweiten Schritt).</translation>
    </message>
    <message>
        <source>Seed rows</source>
        <translation>Startzeilen</translation>
    </message>
    <message>
        <source>Replays given seeds instead of drawing them: class:row,row;class:row (0-based rows).</source>
        <translation>Verwendet vorgegebene Startzeilen, statt sie zu ziehen: Klasse:Zeile,Zeile;Klasse:Zeile (Zeilen ab 0 gezählt).</translation>
    </message>
    <message>
        <source>Neighbours of the classifier that judges each row.</source>
        <translation>Nachbarn des Klassifikators, der über jede Zeile urteilt.</translation>
    </message>
    <message>
        <source>Seeds per class</source>
        <translation>Startzeilen je Klasse</translation>
    </message>
    <message>
        <source>Rows of each targeted class the kept set starts from.</source>
        <translation>Zeilen jeder Zielklasse, mit denen die behaltene Menge beginnt.</translation>
    </message>
    <message>
        <source>corrected: every misclassified row joins; faithful: imbalanced-learn 0.10&apos;s skip test, which mixes row numbers and class positions.</source>
        <translation>corrected: jede falsch klassifizierte Zeile kommt hinzu; faithful: der Überspringtest von imbalanced-learn 0.10, der Zeilennummern und Klassenpositionen vermischt.</translation>
    </message>
    <message>
        <source>Condensed nearest neighbours</source>
        <translation>Kondensierte nächste Nachbarn</translation>
    </message>
    <message>
        <source>Keeps the minority, seeds, and every row the kept set misclassifies, in one pass (imblearn CondensedNearestNeighbour).</source>
        <translation>Behält die Minderheitsklasse, die Startzeilen und jede Zeile, die die behaltene Menge falsch klassifiziert, in einem Durchgang (imblearn CondensedNearestNeighbour).</translation>
    </message>
    <message>
        <source>One-sided selection</source>
        <translation>Einseitige Auswahl</translation>
    </message>
    <message>
        <source>Keeps the minority, seeds and the rows they misclassify, then removes Tomek links among what is kept (imblearn OneSidedSelection).</source>
        <translation>Behält die Minderheitsklasse, die Startzeilen und die Zeilen, die diese falsch klassifizieren, und entfernt dann Tomek-Links unter dem Behaltenen (imblearn OneSidedSelection).</translation>
    </message>
    <message>
        <source>Random undersampling</source>
        <translation>Zufälliges Undersampling</translation>
    </message>
    <message>
        <source>Keeps the target count of each targeted class, drawn uniformly at random (imblearn RandomUnderSampler).</source>
        <translation>Behält die Zielanzahl jeder Zielklasse, gleichverteilt zufällig gezogen (imblearn RandomUnderSampler).</translation>
    </message>
    <message>
        <source>With replacement</source>
        <translation>Mit Zurücklegen</translation>
    </message>
    <message>
        <source>Draw with replacement (a row may repeat).</source>
        <translation>Mit Zurücklegen ziehen (eine Zeile kann mehrfach vorkommen).</translation>
    </message>
    <message>
        <source>NearMiss</source>
        <translation>NearMiss</translation>
    </message>
    <message>
        <source>Keeps the rows nearest to the minority (version 1: to its nearest rows, 2: to its farthest, 3: the farthest of the minority&apos;s nearest) (imblearn NearMiss).</source>
        <translation>Behält die Zeilen, die der Minderheitsklasse am nächsten sind (Version 1: ihren nächsten Zeilen, 2: ihren entferntesten, 3: die entferntesten unter den nächsten der Minderheitsklasse) (imblearn NearMiss).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Minority rows each score averages over.</source>
        <translation>Minderheitszeilen, über die jede Bewertung mittelt.</translation>
    </message>
    <message>
        <source>Candidates per minority row</source>
        <translation>Kandidaten je Minderheitszeile</translation>
    </message>
    <message>
        <source>Version 3: rows of the class nearest to each minority row.</source>
        <translation>Version 3: Zeilen der Klasse, die jeder Minderheitszeile am nächsten sind.</translation>
    </message>
    <message>
        <source>Cluster centroids</source>
        <translation>Cluster-Zentroide</translation>
    </message>
    <message>
        <source>Replaces each targeted class by the centres of k-means clusters, k = its target (soft), or by the row nearest to each centre (hard) (imblearn ClusterCentroids).</source>
        <translation>Ersetzt jede Zielklasse durch die Zentren von k-Means-Clustern, k = ihre Zielanzahl (soft), oder durch die jedem Zentrum nächste Zeile (hard) (imblearn ClusterCentroids).</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>soft: the centres themselves (auto for a table); hard: the row nearest to each centre.</source>
        <translation>soft: die Zentren selbst (auto bei einer Tabelle); hard: die jedem Zentrum nächste Zeile.</translation>
    </message>
    <message>
        <source>k-means runs</source>
        <translation>k-Means-Läufe</translation>
    </message>
    <message>
        <source>k-means runs, the best kept (scikit-learn ≥ 1.4: 1; older versions: 10).</source>
        <translation>k-Means-Läufe, der beste wird behalten (scikit-learn ≥ 1.4: 1; ältere Versionen: 10).</translation>
    </message>
    <message>
        <source>Instance hardness threshold</source>
        <translation>Instanzhärte-Schwelle</translation>
    </message>
    <message>
        <source>Keeps the rows a cross-validated classifier finds easiest (highest probability of their own class), at least the target (imblearn InstanceHardnessThreshold; our classifier is logistic regression or k-NN, not a random forest).</source>
        <translation>Behält die Zeilen, die ein kreuzvalidierter Klassifikator am leichtesten findet (höchste Wahrscheinlichkeit der eigenen Klasse), mindestens die Zielanzahl (imblearn InstanceHardnessThreshold; unser Klassifikator ist logistische Regression oder k-NN, kein Random Forest).</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>What judges how hard each row is.</source>
        <translation>Was beurteilt, wie schwer jede Zeile ist.</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <source>Given probabilities</source>
        <translation>Vorgegebene Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>A .npy file with each row&apos;s probability of its own class, used instead of the classifier.</source>
        <translation>Eine .npy-Datei mit der Wahrscheinlichkeit jeder Zeile für ihre eigene Klasse, statt des Klassifikators verwendet.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>How many rows the table has.</source>
        <translation>Wie viele Zeilen die Tabelle hat.</translation>
    </message>
    <message>
        <source>Imbalance ratio</source>
        <translation>Ungleichgewichtsverhältnis</translation>
    </message>
    <message>
        <source>Rows of the largest class over rows of the smallest.</source>
        <translation>Zeilen der größten Klasse geteilt durch Zeilen der kleinsten.</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>How far the classes spread into each other (1: the default noise).</source>
        <translation>Wie weit die Klassen ineinander reichen (1: das Standardrauschen).</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Classes, their sizes falling geometrically.</source>
        <translation>Klassen, deren Größen geometrisch abnehmen.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Feature columns (the class centres differ in the first two).</source>
        <translation>Merkmalsspalten (die Klassenzentren unterscheiden sich in den ersten beiden).</translation>
    </message>
    <message>
        <source>The random seed; the same seed gives the same table.</source>
        <translation>Der Zufallsstartwert; derselbe Startwert ergibt dieselbe Tabelle.</translation>
    </message>
    <message>
        <source>Gaussian blobs (table)</source>
        <translation>Gauß-Cluster (Tabelle)</translation>
    </message>
    <message>
        <source>Gaussian clusters on a circle, the classes in a chosen imbalance ratio.</source>
        <translation>Gauß-Cluster auf einem Kreis, die Klassen in einem gewählten Ungleichgewichtsverhältnis.</translation>
    </message>
    <message>
        <source>Two moons (table)</source>
        <translation>Zwei Monde (Tabelle)</translation>
    </message>
    <message>
        <source>Two interleaved half circles, the second class smaller: a curved class boundary.</source>
        <translation>Zwei ineinandergreifende Halbkreise, die zweite Klasse kleiner: eine gekrümmte Klassengrenze.</translation>
    </message>
    <message>
        <source>XOR (table)</source>
        <translation>XOR (Tabelle)</translation>
    </message>
    <message>
        <source>Four quadrants, the class set where the signs differ: no linear boundary.</source>
        <translation>Vier Quadranten, die Klasse gesetzt, wo sich die Vorzeichen unterscheiden: keine lineare Grenze.</translation>
    </message>
</context>
<context>
    <name>dsl::app::AnalysisCache</name>
    <message>
        <source>%1 is not linear: it has no kernel.</source>
        <translation>%1 ist nicht linear: es hat keinen Kern.</translation>
    </message>
</context>
<context>
    <name>dsl::app::AudioPlayer</name>
    <message>
        <source>No audio output device is available on this system.</source>
        <translation>Auf diesem System ist kein Audioausgabegerät verfügbar.</translation>
    </message>
</context>
<context>
    <name>dsl::app::ImageExplorer</name>
    <message>
        <source>Kernels and their responses: in each linear variant&apos;s pane.</source>
        <translation>Kerne und ihre Frequenzgänge: im Feld jeder linearen Variante.</translation>
    </message>
    <message>
        <source>computing k-space…</source>
        <translation>k-Raum wird berechnet…</translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation>wird analysiert…</translation>
    </message>
    <message>
        <source>computing the kernel…</source>
        <translation>Kern wird berechnet…</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>input offset (%1, %2): weight %3</source>
        <translation>Eingabeversatz (%1, %2): Gewicht %3</translation>
    </message>
    <message>
        <source>%1 — kernel %2 × %2 around (%3, %4)</source>
        <translation>%1 — Kern %2 × %2 um (%3, %4)</translation>
    </message>
    <message>
        <source>%1, %2 cycles/px: %3 dB</source>
        <translation>%1, %2 Perioden/px: %3 dB</translation>
    </message>
    <message>
        <source>%1 — frequency response (box: output Nyquist)</source>
        <translation>%1 — Frequenzgang (Rahmen: Nyquist der Ausgabe)</translation>
    </message>
    <message>
        <source>Choose a round trip (upsampler) in the view controls.</source>
        <translation>Wählen Sie bei den Ansichtseinstellungen einen Rückweg (Hochtaster).</translation>
    </message>
    <message>
        <source>back − source</source>
        <translation>zurück − Quelle</translation>
    </message>
    <message>
        <source>%1 (back − source %2)</source>
        <translation>%1 (zurück − Quelle %2)</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>output − ideal</source>
        <translation>Ausgabe − Ideal</translation>
    </message>
    <message>
        <source>%1 (alias %2)</source>
        <translation>%1 (Alias %2)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
</context>
<context>
    <name>dsl::app::JobService</name>
    <message>
        <source>Out of memory: the computation needs more than is free.</source>
        <translation>Nicht genug Speicher: die Berechnung braucht mehr, als frei ist.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interner Fehler.</translation>
    </message>
</context>
<context>
    <name>dsl::app::MainWindow</name>
    <message>
        <source>Downsample Lab</source>
        <translation>Downsample Lab</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechne…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Demo &amp;presets</source>
        <translation>Demo-&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Export selected variant…</source>
        <translation>Ausgewählte Variante exportieren…</translation>
    </message>
    <message>
        <source>Export view as PNG (as shown)…</source>
        <translation>Ansicht als PNG exportieren (wie angezeigt)…</translation>
    </message>
    <message>
        <source>Export slice values (16-bit PNG or float TIFF)…</source>
        <translation>Schichtwerte exportieren (16-Bit-PNG oder Float-TIFF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Downsample Lab</source>
        <translation>Über Downsample Lab</translation>
    </message>
    <message>
        <source>Downsample Lab shows what downsampling does to signals, images and scans: outputs side by side, what folded, and how much.</source>
        <translation>Downsample Lab zeigt, was Unterabtastung mit Signalen, Bildern und Scans macht: Ergebnisse nebeneinander, was gefaltet wurde und wie stark.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Shift explorer</source>
        <translation>Verschiebungs-Explorer</translation>
    </message>
    <message>
        <source>Radial spectrum</source>
        <translation>Radialspektrum</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Select a computed variant to export.</source>
        <translation>Wählen Sie eine berechnete Variante zum Exportieren.</translation>
    </message>
    <message>
        <source>Export metrics (CSV or JSON)…</source>
        <translation>Metriken exportieren (CSV oder JSON)…</translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>dsl::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Files whose decoded data (as 32-bit floats) would need more memory are refused before anything is allocated.</source>
        <translation>Dateien, deren dekodierte Daten (als 32-Bit-Gleitkommazahlen) mehr Speicher bräuchten, werden abgelehnt, bevor etwas angelegt wird.</translation>
    </message>
    <message>
        <source>Memory budget for opening a file:</source>
        <translation>Speicherbudget zum Öffnen einer Datei:</translation>
    </message>
    <message>
        <source>A photo of W × H pixels with C channels needs W·H·C·4 bytes; a scan its voxel count × 4.</source>
        <translation>Ein Foto mit W × H Pixeln und C Kanälen braucht W·H·C·4 Bytes, ein Scan seine Voxelanzahl × 4.</translation>
    </message>
</context>
<context>
    <name>dsl::app::RadialSpectrum</name>
    <message>
        <source>Radial spectrum: choose a k-space view</source>
        <translation>Radiales Spektrum: eine k-Raum-Ansicht wählen</translation>
    </message>
    <message>
        <source>Radial power spectrum of what folded (reference: source)</source>
        <translation>Radiales Leistungsspektrum des Gefalteten (Referenz: Quelle)</translation>
    </message>
    <message>
        <source>Radial (azimuthally averaged) power spectrum</source>
        <translation>Radiales (azimutal gemitteltes) Leistungsspektrum</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>frequency (cycles per source pixel)</source>
        <translation>Frequenz (Perioden pro Quellpixel)</translation>
    </message>
    <message>
        <source>power (dB)</source>
        <translation>Leistung (dB)</translation>
    </message>
</context>
<context>
    <name>dsl::app::SessionController</name>
    <message>
        <source>The session&apos;s source %1 does not exist (any more).</source>
        <translation>Die Quelle %1 der Sitzung existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The session&apos;s demo file %1 is not part of this Downsample Lab.</source>
        <translation>Die Demo-Datei %1 der Sitzung gehört nicht zu diesem Downsample Lab.</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; was left out: %2</source>
        <translation>Variante "%1" wurde ausgelassen: %2</translation>
    </message>
    <message>
        <source>There is nothing to save yet: open a file or generate a source first.</source>
        <translation>Noch nichts zu speichern: zuerst eine Datei öffnen oder eine Quelle erzeugen.</translation>
    </message>
    <message>
        <source>Saved session %1</source>
        <translation>Sitzung %1 gespeichert</translation>
    </message>
    <message>
        <source>There is no demo preset %1.</source>
        <translation>Es gibt keine Demo-Voreinstellung %1.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Downsample Lab sessions (*.dslab.json *.json)</source>
        <translation>Downsample-Lab-Sitzungen (*.dslab.json *.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Downsample Lab sessions (*.dslab.json *.json);;All files (*)</source>
        <translation>Downsample-Lab-Sitzungen (*.dslab.json *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>dsl::app::ShiftExplorer</name>
    <message>
        <source>δ = 0 px</source>
        <translation>δ = 0 px</translation>
    </message>
    <message>
        <source>Shifts the input by δ pixels (circularly; sub-pixel by Fourier phase) and recomputes every variant.</source>
        <translation>Verschiebt die Eingabe um δ Pixel (zyklisch; subpixelgenau über die Fourier-Phase) und berechnet jede Variante neu.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Compute E(δ) for every variant</source>
        <translation>E(δ) für jede Variante berechnen</translation>
    </message>
    <message>
        <source>E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|: 0 for a shift-equivariant operator.</source>
        <translation>E(δ) = |M(verschobenes x) − verschobenes M(x)| / |M(x)|: 0 für einen verschiebungsäquivarianten Operator.</translation>
    </message>
    <message>
        <source>Shift-equivariance error E(δ) of every variant over one stride period; the metrics table gives its mean and the 1-px roll figure.</source>
        <translation>Verschiebungsäquivarianzfehler E(δ) jeder Variante über eine Schrittweite; die Metriktabelle zeigt sein Mittel und den 1-px-Rollwert.</translation>
    </message>
    <message>
        <source>δ = %1 px</source>
        <translation>δ = %1 px</translation>
    </message>
    <message>
        <source>input shift δ (px)</source>
        <translation>Eingabeverschiebung δ (px)</translation>
    </message>
    <message>
        <source>E(δ)</source>
        <translation>E(δ)</translation>
    </message>
</context>
<context>
    <name>dsl::app::SignalExplorer</name>
    <message>
        <source>analysing…</source>
        <translation>wird analysiert…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
    <message>
        <source>Select a computed variant to listen to.</source>
        <translation>Wählen Sie eine berechnete Variante zum Anhören.</translation>
    </message>
    <message>
        <source>This signal cannot be played on the audio device (rate %1 Hz, %2 channels).</source>
        <translation>Dieses Signal kann auf dem Audiogerät nicht abgespielt werden (Rate %1 Hz, %2 Kanäle).</translation>
    </message>
    <message>
        <source>%1 Hz in the original:</source>
        <translation>%1 Hz im Original:</translation>
    </message>
    <message>
        <source>no filter: full strength</source>
        <translation>kein Filter: volle Stärke</translation>
    </message>
    <message>
        <source>filter gain %1 dB</source>
        <translation>Filterverstärkung %1 dB</translation>
    </message>
    <message>
        <source>• %1: stays at %2 Hz (%3)</source>
        <translation>• %1: bleibt bei %2 Hz (%3)</translation>
    </message>
    <message>
        <source>• %1: folds to %2 Hz (%3)</source>
        <translation>• %1: faltet auf %2 Hz (%3)</translation>
    </message>
</context>
<context>
    <name>dsl::app::SourceDocument</name>
    <message>
        <source>%1 shifted by %2 px</source>
        <translation>%1 verschoben um %2 px</translation>
    </message>
    <message>
        <source>No source.</source>
        <translation>Keine Quelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 Hz, %2 s</source>
        <translation>%1 Hz, %2 s</translation>
    </message>
    <message>
        <source>spacing %1 (mm; time in the unit of the file)</source>
        <translation>Abstand %1 (mm; Zeit in der Einheit der Datei)</translation>
    </message>
    <message>
        <source>type %1, range %2 … %3</source>
        <translation>Typ %1, Bereich %2 … %3</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;Warning: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;Warnung: %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>dsl::app::SourcePanel</name>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Synthetic source:</source>
        <translation>Synthetische Quelle:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>All supported (*.wav *.flac *.ogg *.oga *.aif *.aiff *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.npy *.csv *.tsv);;Audio (*.wav *.flac *.ogg *.oga *.aif *.aiff);;Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;NIfTI scans (*.nii *.nii.gz);;NumPy arrays (*.npy);;Labelled tables (*.csv *.tsv *.npy);;All files (*)</source>
        <translation>Alle unterstützten (*.wav *.flac *.ogg *.oga *.aif *.aiff *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.npy *.csv *.tsv);;Audio (*.wav *.flac *.ogg *.oga *.aif *.aiff);;Bilder (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;NIfTI-Scans (*.nii *.nii.gz);;NumPy-Arrays (*.npy);;Tabellen mit Labels (*.csv *.tsv *.npy);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a signal, image, scan or table</source>
        <translation>Signal, Bild, Scan oder Tabelle öffnen</translation>
    </message>
</context>
<context>
    <name>dsl::app::TableExplorer</name>
    <message>
        <source>PC%1 · %2 % of the variance</source>
        <translation>PC%1 · %2 % der Varianz</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>Merkmal %1</translation>
    </message>
    <message>
        <source>%1-NN</source>
        <translation>%1-NN</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>logistische Regression</translation>
    </message>
    <message>
        <source>Regions: %1 on these rows, in this view</source>
        <translation>Regionen: %1 auf diesen Zeilen, in dieser Ansicht</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
    <message>
        <source>cross-validating…</source>
        <translation>wird kreuzvalidiert…</translation>
    </message>
    <message>
        <source>In a Tomek link with row %1 (%2): each is the other&apos;s nearest neighbour and their classes differ.</source>
        <translation>In einem Tomek-Link mit Zeile %1 (%2): jede ist der nächste Nachbar der anderen, und ihre Klassen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Drawn out at random to bring its class to the target count.</source>
        <translation>Zufällig herausgezogen, um ihre Klasse auf die Zielanzahl zu bringen.</translation>
    </message>
    <message>
        <source>Removed with its Tomek link.</source>
        <translation>Mit ihrem Tomek-Link entfernt.</translation>
    </message>
    <message>
        <source>Its nearest neighbours (rule &quot;%1&quot;) do not vote for its own class.</source>
        <translation>Ihre nächsten Nachbarn (Regel "%1") stimmen nicht für ihre eigene Klasse.</translation>
    </message>
    <message>
        <source>Not needed: the 1-NN rule on the rows kept so far already classifies it correctly.</source>
        <translation>Nicht nötig: die 1-NN-Regel auf den bisher behaltenen Zeilen klassifiziert sie bereits richtig.</translation>
    </message>
    <message>
        <source>One-sided selection: the 1-NN rule on the seeds already classifies it, or it was in a Tomek link.</source>
        <translation>Einseitige Auswahl: die 1-NN-Regel auf den Startzeilen klassifiziert sie bereits richtig, oder sie war in einem Tomek-Link.</translation>
    </message>
    <message>
        <source>Neighbourhood cleaning: its neighbours outvote its class, or it is a neighbour of a minority row that they misclassify.</source>
        <translation>Nachbarschaftsbereinigung: ihre Nachbarn überstimmen ihre Klasse, oder sie ist Nachbarin einer Minderheitszeile, die von ihnen falsch klassifiziert wird.</translation>
    </message>
    <message>
        <source>NearMiss-2 keeps the majority rows with the smallest mean distance to their farthest minority rows; this one is farther.</source>
        <translation>NearMiss-2 behält die Zeilen der Mehrheitsklasse mit dem kleinsten mittleren Abstand zu ihren entferntesten Minderheitszeilen; diese liegt weiter entfernt.</translation>
    </message>
    <message>
        <source>NearMiss-3 keeps, for each minority row, its nearest majority rows, then those with the largest mean distance to their nearest minority rows; this one did not qualify.</source>
        <translation>NearMiss-3 behält für jede Minderheitszeile deren nächste Zeilen der Mehrheitsklasse, dann jene mit dem größten mittleren Abstand zu ihren nächsten Minderheitszeilen; diese hat sich nicht qualifiziert.</translation>
    </message>
    <message>
        <source>NearMiss-1 keeps the majority rows with the smallest mean distance to their nearest minority rows; this one is farther.</source>
        <translation>NearMiss-1 behält die Zeilen der Mehrheitsklasse mit dem kleinsten mittleren Abstand zu ihren nächsten Minderheitszeilen; diese liegt weiter entfernt.</translation>
    </message>
    <message>
        <source>Its class was replaced by the centroids of k-means clusters.</source>
        <translation>Ihre Klasse wurde durch die Zentroide von k-Means-Clustern ersetzt.</translation>
    </message>
    <message>
        <source>Instance hardness: a cross-validated classifier gives its own class a lower probability than the rows kept.</source>
        <translation>Instanzhärte: ein kreuzvalidierter Klassifikator gibt ihrer eigenen Klasse eine geringere Wahrscheinlichkeit als den behaltenen Zeilen.</translation>
    </message>
    <message>
        <source>Removed by %1.</source>
        <translation>Von %1 entfernt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Row %1&lt;/b&gt; · class %2</source>
        <translation>&lt;b&gt;Zeile %1&lt;/b&gt; · Klasse %2</translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation>… (%1 weitere)</translation>
    </message>
    <message>
        <source>Kept by %1.</source>
        <translation>Von %1 behalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Removed&lt;/b&gt; by %1. %2</source>
        <translation>Von %1 &lt;b&gt;entfernt&lt;/b&gt;. %2</translation>
    </message>
    <message>
        <source>Kept by every variant.</source>
        <translation>Von jeder Variante behalten.</translation>
    </message>
    <message>
        <source>Removed by %1 of %2 variants: %3</source>
        <translation>Von %1 der %2 Varianten entfernt: %3</translation>
    </message>
    <message>
        <source>%1 (%2, distance %3)</source>
        <translation>%1 (%2, Abstand %3)</translation>
    </message>
    <message>
        <source>Nearest %1 rows (all features): %2</source>
        <translation>Die %1 nächsten Zeilen (alle Merkmale): %2</translation>
    </message>
    <message>
        <source>table, %1 rows × %2 features, %3 classes</source>
        <translation>Tabelle, %1 Zeilen × %2 Merkmale, %3 Klassen</translation>
    </message>
    <message>
        <source>classes (%1): %2</source>
        <translation>Klassen (%1): %2</translation>
    </message>
    <message>
        <source>imbalance ratio %1 (largest class over smallest)</source>
        <translation>Ungleichgewichtsverhältnis %1 (größte Klasse durch kleinste)</translation>
    </message>
    <message>
        <source>view: the first two principal components of the standardised features</source>
        <translation>Ansicht: die ersten beiden Hauptkomponenten der standardisierten Merkmale</translation>
    </message>
    <message>
        <source>without undersampling: balanced accuracy %1 ± %2 (%3, %4 folds)</source>
        <translation>ohne Undersampling: balancierte Genauigkeit %1 ± %2 (%3, %4 Folds)</translation>
    </message>
</context>
<context>
    <name>dsl::app::TablePanel</name>
    <message>
        <source>Table view</source>
        <translation>Tabellenansicht</translation>
    </message>
    <message>
        <source>Principal components 1 and 2</source>
        <translation>Hauptkomponenten 1 und 2</translation>
    </message>
    <message>
        <source>Two features</source>
        <translation>Zwei Merkmale</translation>
    </message>
    <message>
        <source>The 2-d view every pane shows: the first two principal components of the standardised table, or two feature columns.</source>
        <translation>Die 2-D-Ansicht, die jedes Feld zeigt: die ersten beiden Hauptkomponenten der standardisierten Tabelle oder zwei Merkmalsspalten.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Vertikal</translation>
    </message>
    <message>
        <source>Decision regions</source>
        <translation>Entscheidungsregionen</translation>
    </message>
    <message>
        <source>Colour the background by the class the chosen classifier predicts, trained on each pane&apos;s rows in this 2-d view.</source>
        <translation>Den Hintergrund nach der Klasse färben, die der gewählte Klassifikator vorhersagt, trainiert auf den Zeilen jedes Felds in dieser 2-D-Ansicht.</translation>
    </message>
    <message>
        <source>Tomek links</source>
        <translation>Tomek-Links</translation>
    </message>
    <message>
        <source>Draw the Tomek links a variant found as segments.</source>
        <translation>Die von einer Variante gefundenen Tomek-Links als Strecken zeichnen.</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>Cross-validate every variant</source>
        <translation>Jede Variante kreuzvalidieren</translation>
    </message>
    <message>
        <source>Stratified k-fold cross-validation; the sampler runs inside each training fold only, the test folds stay untouched.</source>
        <translation>Stratifizierte k-fache Kreuzvalidierung; der Sampler läuft nur innerhalb jedes Trainings-Folds, die Test-Folds bleiben unberührt.</translation>
    </message>
    <message>
        <source>k nearest neighbours</source>
        <translation>k nächste Nachbarn</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <source>k (neighbours)</source>
        <translation>k (Nachbarn)</translation>
    </message>
</context>
<context>
    <name>dsl::app::VariantsPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
</context>
<context>
    <name>dsl::app::ViewPanel</name>
    <message>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>Koronal</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <source>All three (linked cursor)</source>
        <translation>Alle drei (verbundener Cursor)</translation>
    </message>
    <message>
        <source>Which view of a scan each pane shows. In the three-view layout a click places the linked cursor; right-drag sets window/level.</source>
        <translation>Welche Ansicht eines Scans jedes Feld zeigt. In der Dreifachansicht setzt ein Klick den verbundenen Cursor; Ziehen mit der rechten Taste stellt Fenster/Level ein.</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Radiological (patient&apos;s right on the left)</source>
        <translation>Radiologisch (rechte Patientenseite links)</translation>
    </message>
    <message>
        <source>Off: neurological convention, patient&apos;s right on the right.</source>
        <translation>Aus: neurologische Konvention, rechte Patientenseite rechts.</translation>
    </message>
    <message>
        <source>Variants on the current frame only</source>
        <translation>Varianten nur für das aktuelle Bild</translation>
    </message>
    <message>
        <source>4-d scans: compute the variants on the frame shown (fast), or on every frame (each frame along its three spatial axes).</source>
        <translation>4-D-Scans: Varianten für das angezeigte Bild (schnell) oder für jedes Bild berechnen (jedes entlang seiner drei Raumachsen).</translation>
    </message>
    <message>
        <source>Hann</source>
        <translation>Hann</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Blackman–Harris</source>
        <translation>Blackman–Harris</translation>
    </message>
    <message>
        <source>Kaiser (β 14)</source>
        <translation>Kaiser (β 14)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>FFT size; longer signals are Welch-averaged over 50 % overlapping segments.</source>
        <translation>FFT-Größe; längere Signale werden nach Welch über 50 % überlappende Segmente gemittelt.</translation>
    </message>
    <message>
        <source>Spectrum window</source>
        <translation>Spektrumfenster</translation>
    </message>
    <message>
        <source>FFT size</source>
        <translation>FFT-Größe</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Spectrogram window length (rounded up to a power of two of samples at each signal&apos;s own rate): longer resolves frequency better, shorter resolves time better.</source>
        <translation>Fensterlänge des Spektrogramms (auf eine Zweierpotenz von Abtastwerten bei der eigenen Rate jedes Signals aufgerundet): länger löst Frequenzen besser auf, kürzer die Zeit.</translation>
    </message>
    <message>
        <source>½ window</source>
        <translation>½ Fenster</translation>
    </message>
    <message>
        <source>¼ window</source>
        <translation>¼ Fenster</translation>
    </message>
    <message>
        <source>⅛ window</source>
        <translation>⅛ Fenster</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Span of the spectrogram&apos;s colour scale below its top.</source>
        <translation>Spanne der Farbskala des Spektrogramms unterhalb ihres Maximums.</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Magma</source>
        <translation>Magma</translation>
    </message>
    <message>
        <source>Cividis</source>
        <translation>Cividis</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Spectrogram window</source>
        <translation>Spektrogrammfenster</translation>
    </message>
    <message>
        <source>Spectrogram hop</source>
        <translation>Spektrogramm-Schritt</translation>
    </message>
    <message>
        <source>Spectrogram range</source>
        <translation>Spektrogrammbereich</translation>
    </message>
    <message>
        <source>Spectrogram colours</source>
        <translation>Spektrogrammfarben</translation>
    </message>
    <message>
        <source>▶ Original</source>
        <translation>▶ Original</translation>
    </message>
    <message>
        <source>▶ Variant</source>
        <translation>▶ Variante</translation>
    </message>
    <message>
        <source>▶ Alias only</source>
        <translation>▶ Nur Alias</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>Plays the selected variant at its own rate, from where the last one was.</source>
        <translation>Spielt die gewählte Variante bei ihrer eigenen Rate ab der letzten Position.</translation>
    </message>
    <message>
        <source>Plays only what folded: the selected variant&apos;s alias component.</source>
        <translation>Spielt nur das Gefaltete: die Alias-Komponente der gewählten Variante.</translation>
    </message>
    <message>
        <source>Play variants resampled back to the original rate</source>
        <translation>Varianten auf die Originalrate zurückgerechnet abspielen</translation>
    </message>
    <message>
        <source>On: variants are brought back to the source&apos;s rate (rational polyphase resampling, which adds no aliasing of its own) and A/B switching is gapless. Off: each variant plays at its own rate and the device restarts when the rate changes.</source>
        <translation>An: Varianten werden auf die Rate der Quelle zurückgebracht (rationale Polyphasen-Umtastung ohne eigenes Aliasing) und A/B-Umschalten ist lückenlos. Aus: jede Variante spielt bei ihrer eigenen Rate, und das Gerät startet bei einem Ratenwechsel neu.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Alias map</source>
        <translation>Alias-Karte</translation>
    </message>
    <message>
        <source>Difference to ideal</source>
        <translation>Differenz zum Ideal</translation>
    </message>
    <message>
        <source>k-space</source>
        <translation>k-Raum</translation>
    </message>
    <message>
        <source>k-space of what folded</source>
        <translation>k-Raum des Gefalteten</translation>
    </message>
    <message>
        <source>Round trip: back − source</source>
        <translation>Hin und zurück: zurück − Quelle</translation>
    </message>
    <message>
        <source>Kernel (linear variants)</source>
        <translation>Kern (lineare Varianten)</translation>
    </message>
    <message>
        <source>Kernel frequency response</source>
        <translation>Frequenzgang des Kerns</translation>
    </message>
    <message>
        <source>What image panes show: the output, what folded (alias map), the error against the ideal band-limited reference, the 2-d spectrum, or the spectrum of the alias component alone (where the folded energy sits in frequency).</source>
        <translation>Was die Bildfelder zeigen: die Ausgabe, das Gefaltete (Alias-Karte), den Fehler gegenüber der idealen bandbegrenzten Referenz, das 2-D-Spektrum oder das Spektrum der Alias-Komponente allein (wo die gefaltete Energie in der Frequenz liegt).</translation>
    </message>
    <message>
        <source>Hann window for k-space</source>
        <translation>Hann-Fenster für den k-Raum</translation>
    </message>
    <message>
        <source>3-d k-space (central slices)</source>
        <translation>3-D-k-Raum (Zentralschnitte)</translation>
    </message>
    <message>
        <source>Scans: each view shows the central slice of the volume&apos;s 3-d spectrum instead of the 2-d spectrum of the slice shown.</source>
        <translation>Scans: jede Ansicht zeigt den Zentralschnitt des 3-D-Spektrums des Volumens statt des 2-D-Spektrums der gezeigten Schicht.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nächster Nachbar</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>Bilinear</translation>
    </message>
    <message>
        <source>Bicubic</source>
        <translation>Bikubisch</translation>
    </message>
    <message>
        <source>Lanczos</source>
        <translation>Lanczos</translation>
    </message>
    <message>
        <source>Bring every output back to the source&apos;s size with this upsampler and compare with the source: PSNR and SSIM in the metrics, the difference in &quot;Round trip&quot; view.</source>
        <translation>Jede Ausgabe mit diesem Hochtaster auf die Größe der Quelle zurückbringen und mit der Quelle vergleichen: PSNR und SSIM in den Kennzahlen, die Differenz in der Ansicht „Hin und zurück“.</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Hin und zurück</translation>
    </message>
    <message>
        <source>Show alias overlay</source>
        <translation>Alias-Überlagerung zeigen</translation>
    </message>
    <message>
        <source>Colours what folded: red where aliasing added, blue where it removed.</source>
        <translation>Färbt, was gefaltet wurde: rot, wo Aliasing hinzufügte, blau, wo es wegnahm.</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>Deckkraft der Überlagerung</translation>
    </message>
    <message>
        <source>Auto (0.5–99.5 %)</source>
        <translation>Automatisch (0,5–99,5 %)</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Voller Bereich</translation>
    </message>
    <message>
        <source>CT brain (W 80, L 40)</source>
        <translation>CT Gehirn (W 80, L 40)</translation>
    </message>
    <message>
        <source>CT soft tissue (W 400, L 40)</source>
        <translation>CT Weichteil (W 400, L 40)</translation>
    </message>
    <message>
        <source>CT bone (W 1800, L 400)</source>
        <translation>CT Knochen (W 1800, L 400)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Display window; right-drag in a pane: horizontal = width, vertical = level.</source>
        <translation>Anzeigefenster; Ziehen mit der rechten Taste in einem Feld: waagrecht = Breite, senkrecht = Level.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>%1 slice %2/%3</source>
        <translation>%1, Schicht %2/%3</translation>
    </message>
    <message>
        <source>Frame %1/%2 (t = %3 %4, TR %5 %4)</source>
        <translation>Bild %1/%2 (t = %3 %4, TR %5 %4)</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Frame 1/1</source>
        <translation>Bild 1/1</translation>
    </message>
</context>
<context>
    <name>dsl::app::ViewState</name>
    <message>
        <source>The view setting &quot;%1&quot; has an unusable value; it keeps its previous value.</source>
        <translation>Die Ansichtseinstellung "%1" hat einen unbrauchbaren Wert; sie behält ihren bisherigen Wert.</translation>
    </message>
</context>
<context>
    <name>dsl::app::VolumeExplorer</name>
    <message>
        <source>computing k-space…</source>
        <translation>k-Raum wird berechnet…</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>output − ideal</source>
        <translation>Ausgabe − Ideal</translation>
    </message>
    <message>
        <source> (scaled)</source>
        <translation> (skaliert)</translation>
    </message>
    <message>
        <source>cursor: voxel (%1, %2, %3) · RAS %4, %5, %6 mm · value %7</source>
        <translation>Cursor: Voxel (%1, %2, %3) · RAS %4, %5, %6 mm · Wert %7</translation>
    </message>
    <message>
        <source>Axial · %1</source>
        <translation>Axial · %1</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>Koronal</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
</context>
<context>
    <name>dsl::app::Workspace</name>
    <message>
        <source>%1 is still loading; wait for it or cancel it first.</source>
        <translation>%1 wird noch geladen; warten Sie oder brechen Sie zuerst ab.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled.</source>
        <translation>Das Laden von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file %1 is too large to load.</source>
        <translation>Die Datei %1 ist zu groß zum Laden.</translation>
    </message>
    <message>
        <source>The file %1 could not be loaded: %2</source>
        <translation>Die Datei %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Reference: %1 — %2</source>
        <translation>Referenz: %1 — %2</translation>
    </message>
    <message>
        <source> — %1, alias %2 dB</source>
        <translation> — %1, Alias %2 dB</translation>
    </message>
    <message>
        <source>, detail energy discarded %1 %</source>
        <translation>, verworfene Detailenergie %1 %</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Select a computed variant of a scan to export one of its slices.</source>
        <translation>Wählen Sie eine berechnete Variante eines Scans, um eine ihrer Schichten zu exportieren.</translation>
    </message>
    <message>
        <source>Select a computed variant to export.</source>
        <translation>Wählen Sie eine berechnete Variante zum Exportieren.</translation>
    </message>
    <message>
        <source>Original: %1 — %2 rows × %3 features</source>
        <translation>Original: %1 — %2 Zeilen × %3 Merkmale</translation>
    </message>
    <message>
        <source> — %1 of %2 rows (%3 %)</source>
        <translation> — %1 von %2 Zeilen (%3 %)</translation>
    </message>
    <message>
        <source>, balanced accuracy %1</source>
        <translation>, balancierte Genauigkeit %1</translation>
    </message>
    <message>
        <source>Original (no undersampling)</source>
        <translation>Original (ohne Undersampling)</translation>
    </message>
    <message>
        <source>cross-validating…</source>
        <translation>wird kreuzvalidiert…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::FilterChart</name>
    <message>
        <source>frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>Anti-alias filter: magnitude (applied zero-phase: output delay 0)</source>
        <translation>Anti-Alias-Filter: Betrag (nullphasig angewandt: Ausgabeverzögerung 0)</translation>
    </message>
    <message>
        <source>gain (dB)</source>
        <translation>Verstärkung (dB)</translation>
    </message>
    <message>
        <source>Phase of the filter run once, causally (the method cancels it)</source>
        <translation>Phase des einmal kausal angewandten Filters (die Methode hebt sie auf)</translation>
    </message>
    <message>
        <source>phase (degrees)</source>
        <translation>Phase (Grad)</translation>
    </message>
    <message>
        <source>Group delay of the filter run once, causally (the method cancels it)</source>
        <translation>Gruppenlaufzeit des einmal kausal angewandten Filters (die Methode hebt sie auf)</translation>
    </message>
    <message>
        <source>group delay (ms)</source>
        <translation>Gruppenlaufzeit (ms)</translation>
    </message>
    <message>
        <source>pass / stop edges</source>
        <translation>Durchlass-/Sperrkanten</translation>
    </message>
    <message>
        <source>new Nyquist</source>
        <translation>neue Nyquist-Frequenz</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::ImagePane</name>
    <message>
        <source>x %1, y %2  [%3, %4]  %5</source>
        <translation>x %1, y %2  [%3, %4]  %5</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::MetricsTable</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Alias energy (dB)</source>
        <translation>Alias-Energie (dB)</translation>
    </message>
    <message>
        <source>SNR (dB)</source>
        <translation>SNR (dB)</translation>
    </message>
    <message>
        <source>Runtime (ms)</source>
        <translation>Laufzeit (ms)</translation>
    </message>
    <message>
        <source>Worst alias (dBc)</source>
        <translation>Stärkster Alias (dBc)</translation>
    </message>
    <message>
        <source>Stopband (dB)</source>
        <translation>Sperrbereich (dB)</translation>
    </message>
    <message>
        <source>Ripple (dB)</source>
        <translation>Welligkeit (dB)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <source>Foldable HF (dB)</source>
        <translation>Faltbare HF (dB)</translation>
    </message>
    <message>
        <source>PSNR, slice (dB)</source>
        <translation>PSNR, Schicht (dB)</translation>
    </message>
    <message>
        <source>Alias, slice (dB)</source>
        <translation>Alias, Schicht (dB)</translation>
    </message>
    <message>
        <source>Round trip PSNR (dB)</source>
        <translation>Hin und zurück PSNR (dB)</translation>
    </message>
    <message>
        <source>Round trip SSIM</source>
        <translation>Hin und zurück SSIM</translation>
    </message>
    <message>
        <source>Shift error, mean E(δ)</source>
        <translation>Verschiebungsfehler, Mittel E(δ)</translation>
    </message>
    <message>
        <source>1-px roll error</source>
        <translation>Fehler bei 1-px-Rollen</translation>
    </message>
    <message>
        <source>Energy of the alias component relative to the output</source>
        <translation>Energie der Alias-Komponente relativ zur Ausgabe</translation>
    </message>
    <message>
        <source>The source&apos;s energy above this output&apos;s Nyquist, relative to its AC energy: what the rate change must remove, or else folds</source>
        <translation>Energie der Quelle oberhalb der Nyquist-Frequenz dieser Ausgabe, relativ zu ihrer Wechselanteil-Energie: was die Ratenänderung entfernen muss, sonst faltet es</translation>
    </message>
    <message>
        <source>Level of a full-scale tone at 1.005 × the new Nyquist after folding</source>
        <translation>Pegel eines Vollaussteuerungstons bei 1,005 × der neuen Nyquist-Frequenz nach der Faltung</translation>
    </message>
    <message>
        <source>The output brought back to the source&apos;s size by the chosen upsampler, against the source</source>
        <translation>Die mit dem gewählten Hochtaster auf die Größe der Quelle zurückgebrachte Ausgabe, verglichen mit der Quelle</translation>
    </message>
    <message>
        <source>E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|, averaged over one stride period (shift explorer): 0 for a shift-equivariant operator</source>
        <translation>E(δ) = |M(verschobenes x) − verschobenes M(x)| / |M(x)|, gemittelt über eine Schrittweite (Verschiebungs-Explorer): 0 für einen verschiebungsäquivarianten Operator</translation>
    </message>
    <message>
        <source>The input rolled by one pixel, the output compared with its best roll: 0 for an operator invariant to integer shifts (APS)</source>
        <translation>Die Eingabe um ein Pixel gerollt, die Ausgabe mit ihrer besten Rollung verglichen: 0 für einen Operator, der gegen ganzzahlige Verschiebungen invariant ist (APS)</translation>
    </message>
    <message>
        <source>Of the output slice nearest the cursor&apos;s axial slice; the other columns are for the whole volume</source>
        <translation>Für die Ausgabeschicht nächst der axialen Cursorschicht; die übrigen Spalten gelten für das ganze Volumen</translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation>Behaltene Zeilen</translation>
    </message>
    <message>
        <source>Kept (%)</source>
        <translation>Behalten (%)</translation>
    </message>
    <message>
        <source>Rows per class after</source>
        <translation>Zeilen je Klasse danach</translation>
    </message>
    <message>
        <source>Imbalance ratio</source>
        <translation>Ungleichgewichtsverhältnis</translation>
    </message>
    <message>
        <source>CV balanced accuracy</source>
        <translation>Balancierte Genauigkeit (CV)</translation>
    </message>
    <message>
        <source>± folds</source>
        <translation>± Folds</translation>
    </message>
    <message>
        <source>± seeds</source>
        <translation>± Startwerte</translation>
    </message>
    <message>
        <source>CV minority recall</source>
        <translation>Recall Minderheitsklasse (CV)</translation>
    </message>
    <message>
        <source>CV minority precision</source>
        <translation>Präzision Minderheitsklasse (CV)</translation>
    </message>
    <message>
        <source>CV G-mean</source>
        <translation>G-Mean (CV)</translation>
    </message>
    <message>
        <source>Rows of the largest class over the smallest</source>
        <translation>Zeilen der größten Klasse geteilt durch die der kleinsten</translation>
    </message>
    <message>
        <source>Mean recall over the classes, stratified k-fold cross-validation with the sampler inside each training fold; the test folds are never resampled</source>
        <translation>Mittlerer Recall (Sensitivität) über die Klassen, stratifizierte k-fache Kreuzvalidierung mit dem Sampler innerhalb jedes Trainings-Folds; die Test-Folds werden nie dem Sampler unterzogen</translation>
    </message>
    <message>
        <source>Standard deviation over the folds</source>
        <translation>Standardabweichung über die Folds</translation>
    </message>
    <message>
        <source>Random samplers: standard deviation over five random seeds</source>
        <translation>Zufällige Sampler: Standardabweichung über fünf Zufallsstartwerte</translation>
    </message>
    <message>
        <source>Geometric mean of the per-class recalls</source>
        <translation>Geometrisches Mittel der Recalls je Klasse</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SignalPane</name>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <source>Magnitude (dB)</source>
        <translation>Betrag (dB)</translation>
    </message>
    <message>
        <source>Phase (causal)</source>
        <translation>Phase (kausal)</translation>
    </message>
    <message>
        <source>Group delay (causal)</source>
        <translation>Gruppenlaufzeit (kausal)</translation>
    </message>
    <message>
        <source>Phase and group delay of the filter run once, forward: what a streaming implementation would add. The methods here apply it zero-phase, so their outputs are not delayed.</source>
        <translation>Phase und Gruppenlaufzeit des einmal vorwärts angewandten Filters: was eine Streaming-Implementierung hinzufügen würde. Die Methoden hier wenden es nullphasig an, ihre Ausgaben sind also nicht verzögert.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SpectrogramView</name>
    <message>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::SpectrumChart</name>
    <message>
        <source>band that folds</source>
        <translation>faltendes Band</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>folded energy</source>
        <translation>gefaltete Energie</translation>
    </message>
    <message>
        <source>new Nyquist</source>
        <translation>neue Nyquist-Frequenz</translation>
    </message>
    <message>
        <source>frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>magnitude (dB)</source>
        <translation>Betrag (dB)</translation>
    </message>
    <message>
        <source>Orange band: frequencies that fold into the output. Dashed: the new Nyquist frequency. Red: the spectrum of the alias component.</source>
        <translation>Orangefarbenes Band: Frequenzen, die in die Ausgabe falten. Gestrichelt: die neue Nyquist-Frequenz. Rot: das Spektrum der Alias-Komponente.</translation>
    </message>
</context>
<context>
    <name>dsl::widgets::WaveformPane</name>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows what downsampling does to your data.</source>
        <translation>Zeigt, was Unterabtastung mit Ihren Daten macht.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once every variant is computed, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald alle Varianten berechnet sind, dann beenden.</translation>
    </message>
    <message>
        <source>Report errors in the status bar only.</source>
        <translation>Fehler nur in der Statusleiste melden.</translation>
    </message>
    <message>
        <source>View to show: waveform, spectrum, spectrogram or filter (signals); output, alias, difference, kspace, aliaskspace, roundtrip, kernel or response (images).</source>
        <translation>Anzuzeigende Ansicht: waveform, spectrum, spectrogram oder filter (Signale); output, alias, difference, kspace, aliaskspace, roundtrip, kernel oder response (Bilder).</translation>
    </message>
    <message>
        <source>A variant to add, as ID[:key=value,...] (repeatable).</source>
        <translation>Eine hinzuzufügende Variante als ID[:Schlüssel=Wert,...] (wiederholbar).</translation>
    </message>
    <message>
        <source>Open demo preset N (see File &gt; Demo presets) instead of a file.</source>
        <translation>Demo-Vorlage N (siehe Datei &gt; Demo-Vorlagen) statt einer Datei öffnen.</translation>
    </message>
    <message>
        <source>Shift the input by N eighths of a pixel (shift explorer).</source>
        <translation>Die Eingabe um N Achtel Pixel verschieben (Verschiebungs-Explorer).</translation>
    </message>
    <message>
        <source>Compute the shift explorer&apos;s E(δ) curves of every variant once the results are ready (a screenshot then waits for them).</source>
        <translation>Die E(δ)-Kurven des Verschiebungs-Explorers für jede Variante berechnen, sobald die Ergebnisse vorliegen (ein Bildschirmfoto wartet dann auf sie).</translation>
    </message>
    <message>
        <source>Bring every output back to the source&apos;s size with this resizer: nearest, bilinear, bicubic or lanczos.</source>
        <translation>Jede Ausgabe mit diesem Skalierer auf die Größe der Quelle zurückbringen: nearest, bilinear, bicubic oder lanczos.</translation>
    </message>
    <message>
        <source>A signal, image or scan to open.</source>
        <translation>Ein zu öffnendes Signal, Bild oder Scan.</translation>
    </message>
    <message>
        <source>Unknown round trip: %1</source>
        <translation>Unbekannter Rückweg: %1</translation>
    </message>
    <message>
        <source>Volume plane to show: axial, coronal, sagittal or three (linked views).</source>
        <translation>Gezeigte Volumenebene: axial, coronal, sagittal oder three (verknüpfte Ansichten).</translation>
    </message>
    <message>
        <source>Open a saved session (File &gt; Save session): its source, variants and view.</source>
        <translation>Eine gespeicherte Sitzung öffnen (Datei &gt; Sitzung speichern): Quelle, Varianten und Ansicht.</translation>
    </message>
    <message>
        <source>Unknown plane: %1</source>
        <translation>Unbekannte Ebene: %1</translation>
    </message>
    <message>
        <source>Unknown view: %1</source>
        <translation>Unbekannte Ansicht: %1</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Zone plate: moiré vs smoothing</source>
        <translation>Zonenplatte: Moiré gegen Glättung</translation>
    </message>
    <message>
        <source>Chirp to fs/2: the classic fold-back</source>
        <translation>Chirp bis fs/2: die klassische Rückfaltung</translation>
    </message>
    <message>
        <source>Three tones, one above the new Nyquist</source>
        <translation>Drei Töne, einer über der neuen Nyquist-Frequenz</translation>
    </message>
    <message>
        <source>White noise</source>
        <translation>Weißes Rauschen</translation>
    </message>
    <message>
        <source>Photo: interpolators (camera)</source>
        <translation>Foto: Interpolatoren (Kamera)</translation>
    </message>
    <message>
        <source>Brick texture: interpolators</source>
        <translation>Ziegeltextur: Interpolatoren</translation>
    </message>
    <message>
        <source>Text: interpolators</source>
        <translation>Text: Interpolatoren</translation>
    </message>
    <message>
        <source>CNN pooling on a photo (max, strided conv, avg, BlurPool, FLC, ASAP)</source>
        <translation>CNN-Pooling auf einem Foto (Max, Strided Conv, Mittel, BlurPool, FLC, ASAP)</translation>
    </message>
    <message>
        <source>CNN pooling on a brain scan slice</source>
        <translation>CNN-Pooling auf einer Hirnschicht</translation>
    </message>
    <message>
        <source>Two max pools deface a scan (depth 2)</source>
        <translation>Zwei Max-Poolings entstellen einen Scan (Tiefe 2)</translation>
    </message>
    <message>
        <source>Resample an anisotropic scan (4 × 4 × 5 mm) to 2 mm isotropic</source>
        <translation>Anisotropen Scan (4 × 4 × 5 mm) auf 2 mm isotrop umtasten</translation>
    </message>
    <message>
        <source>3-d phantom: 3-d pooling and resizing in all three axes</source>
        <translation>3-D-Phantom: 3-D-Pooling und Skalierung in allen drei Achsen</translation>
    </message>
    <message>
        <source>Breast cancer table: eight undersampling techniques</source>
        <translation>Brustkrebs-Tabelle: acht Undersampling-Verfahren</translation>
    </message>
    <message>
        <source>Imbalanced two moons: Tomek links, ENN and NCR clean the boundary</source>
        <translation>Unausgewogene zwei Monde: Tomek-Links, ENN und NCR bereinigen die Grenze</translation>
    </message>
    <message>
        <source>Three classes: NearMiss-1, -2 and -3</source>
        <translation>Drei Klassen: NearMiss-1, -2 und -3</translation>
    </message>
</context>
</TS>
