#!/usr/bin/env python3
"""Fills German translations into translations/downsamplelab_de.ts from the table below.
Run after `cmake --build build/dev --target update_translations` when strings change;
strings missing here stay unfinished (shown in English) and are listed on stdout."""
import html
import re
import sys
from pathlib import Path

DE = {
    "Axes": "Achsen",
    "Which axes to downsample: all spatial axes, or a subset (x, y, z, t).": "Welche Achsen unterabgetastet werden: alle räumlichen Achsen oder eine Auswahl (x, y, z, t).",
    "Block mean (boxcar)": "Blockmittel (Rechteck)",
    "Averages each block of M samples: a cheap low-pass whose sidelobes still let some energy fold.": "Mittelt jeden Block aus M Abtastwerten: ein billiger Tiefpass, dessen Nebenkeulen noch etwas Energie falten lassen.",
    "Factor": "Faktor",
    "Block length along each axis.": "Blocklänge entlang jeder Achse.",
    "Naive subsampling": "Naive Unterabtastung",
    "Keeps every M-th sample with no filter: everything above the new Nyquist frequency folds back.": "Behält jeden M-ten Abtastwert ohne Filter: alles oberhalb der neuen Nyquist-Frequenz faltet zurück.",
    "Keep one sample in M along each axis.": "Einen von M Abtastwerten je Achse behalten.",
    "Phase": "Phase",
    "Index of the first kept sample.": "Index des ersten behaltenen Abtastwerts.",
    "Sample rate": "Abtastrate",
    "Duration": "Dauer",
    "Amplitude": "Amplitude",
    "Size": "Größe",
    "Sine": "Sinus",
    "A pure tone.": "Ein reiner Ton.",
    "Frequency": "Frequenz",
    "Three tones": "Drei Töne",
    "Three tones of equal amplitude; put one above the new Nyquist frequency to watch it fold.": "Drei Töne gleicher Amplitude; legen Sie einen über die neue Nyquist-Frequenz, um ihn falten zu sehen.",
    "Tone 1": "Ton 1",
    "Tone 2": "Ton 2",
    "Tone 3": "Ton 3",
    "Start frequency": "Startfrequenz",
    "End frequency": "Endfrequenz",
    "Linear chirp": "Linearer Chirp",
    "A sweep whose frequency rises linearly: the classic fold-back.": "Ein Sweep mit linear steigender Frequenz: die klassische Rückfaltung.",
    "Logarithmic chirp": "Logarithmischer Chirp",
    "A sweep whose frequency rises exponentially.": "Ein Sweep mit exponentiell steigender Frequenz.",
    "Square wave": "Rechteckwelle",
    "A naive square wave: its harmonics reach far above Nyquist.": "Eine naive Rechteckwelle: ihre Obertöne reichen weit über Nyquist.",
    "White noise": "Weißes Rauschen",
    "Gaussian white noise: energy at every frequency.": "Gaußsches weißes Rauschen: Energie bei jeder Frequenz.",
    "Seed": "Startwert",
    "Impulse": "Impuls",
    "A single sample: shows a method's impulse response.": "Ein einzelner Abtastwert: zeigt die Impulsantwort eines Verfahrens.",
    "Position": "Position",
    "Fraction of the duration.": "Anteil der Dauer.",
    "Zone plate": "Zonenplatte",
    "Rings whose frequency grows with the radius: every frequency at once, so aliasing shows as moiré.": "Ringe, deren Frequenz mit dem Radius wächst: alle Frequenzen zugleich, daher zeigt sich Aliasing als Moiré.",
    "Edge frequency": "Randfrequenz",
    "Local frequency at the edge midpoints.": "Lokale Frequenz in der Mitte der Ränder.",
    "Siemens star": "Siemensstern",
    "Black and white spokes converging to the centre.": "Schwarze und weiße Speichen, die zur Mitte zusammenlaufen.",
    "Spokes": "Speichen",
    "Checkerboard": "Schachbrett",
    "Squares with sharp edges.": "Quadrate mit scharfen Kanten.",
    "Cell size": "Feldgröße",
    "Sinusoidal grating": "Sinusgitter",
    "One spatial frequency at one angle.": "Eine Ortsfrequenz unter einem Winkel.",
    "Angle": "Winkel",
    "3-d Shepp–Logan phantom": "3-D-Shepp-Logan-Phantom",
    "The modified Shepp–Logan head phantom as a volume.": "Das modifizierte Shepp-Logan-Kopfphantom als Volumen.",
    "Spacing": "Abstand",
    " × %1 ch": " × %1 Kan.",
    "Downsample Lab": "Downsample Lab",
    "Cancel": "Abbrechen",
    "Computing…": "Berechne…",
    "Ready": "Bereit",
    "&File": "&Datei",
    "&Open…": "Ö&ffnen…",
    "Open &demo": "&Demo öffnen",
    "Export selected variant…": "Ausgewählte Variante exportieren…",
    "Export metrics as CSV…": "Metriken als CSV exportieren…",
    "&Quit": "&Beenden",
    "&View": "&Ansicht",
    "&Help": "&Hilfe",
    "About Downsample Lab": "Über Downsample Lab",
    "Downsample Lab shows what downsampling does to signals, images and scans: outputs side by side, what folded, and how much.": "Downsample Lab zeigt, was Unterabtastung mit Signalen, Bildern und Scans macht: Ergebnisse nebeneinander, was gefaltet wurde und wie stark.",
    "Source": "Quelle",
    "Open file…": "Datei öffnen…",
    "Recent": "Zuletzt",
    "Synthetic source:": "Synthetische Quelle:",
    "Generate": "Erzeugen",
    "Show alias overlay": "Alias-Überlagerung zeigen",
    "Colours what folded: red where aliasing added, blue where it removed.": "Färbt, was gefaltet wurde: rot, wo Aliasing hinzufügte, blau, wo es wegnahm.",
    "Overlay opacity": "Deckkraft der Überlagerung",
    "Variants": "Varianten",
    "Add": "Hinzufügen",
    "Remove": "Entfernen",
    "Duplicate": "Duplizieren",
    "Up": "Hoch",
    "Down": "Runter",
    "Metrics": "Metriken",
    "No source.": "Keine Quelle.",
    "signal": "Signal",
    "image": "Bild",
    "volume": "Volumen",
    "%1 Hz, %2 s": "%1 Hz, %2 s",
    "spacing %1 (mm; time in the unit of the file)": "Abstand %1 (mm; Zeit in der Einheit der Datei)",
    "type %1, range %2 … %3": "Typ %1, Bereich %2 … %3",
    "<span style='color:#b35900'>Warning: %1</span>": "<span style='color:#b35900'>Warnung: %1</span>",
    "Slice %1/%2": "Schicht %1/%2",
    "Frame %1/%2": "Bild %1/%2",
    "Loading %1…": "Lade %1…",
    "Loaded %1": "%1 geladen",
    "The file %1 is too large to load.": "Die Datei %1 ist zu groß zum Laden.",
    "The file %1 could not be loaded: %2": "Die Datei %1 konnte nicht geladen werden: %2",
    "Open a signal, image or scan": "Signal, Bild oder Scan öffnen",
    "Reference: %1 — %2": "Referenz: %1 — %2",
    " — %1, alias %2 dB": " — %1, Alias %2 dB",
    "computing…": "berechne…",
    "%1 (alias %2)": "%1 (Alias %2)",
    "ok": "ok",
    "Export metrics": "Metriken exportieren",
    "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "The metrics could not be written to %1: %2": "Die Metriken konnten nicht nach %1 geschrieben werden: %2",
    "Select a computed variant to export.": "Wählen Sie eine berechnete Variante zum Exportieren.",
    "Export variant": "Variante exportieren",
    "Exported %1": "%1 exportiert",
    "Out of memory.": "Nicht genug Speicher.",
    "Internal error: %1": "Interner Fehler: %1",
    "Variant": "Variante",
    "Output": "Ausgabe",
    "Alias energy (dB)": "Alias-Energie (dB)",
    "SNR (dB)": "SNR (dB)",
    "Runtime (ms)": "Laufzeit (ms)",
    "Status": "Status",
    "PSNR (dB)": "PSNR (dB)",
    "SSIM": "SSIM",
    "original": "Original",
    "time (s)": "Zeit (s)",
    "amplitude": "Amplitude",
    "Shows what downsampling does to your data.": "Zeigt, was Unterabtastung mit Ihren Daten macht.",
    "Save a PNG of the window once every variant is computed, then quit.": "Ein PNG des Fensters speichern, sobald alle Varianten berechnet sind, dann beenden.",
    "Report errors in the status bar only.": "Fehler nur in der Statusleiste melden.",
    "A signal, image or scan to open.": "Ein zu öffnendes Signal, Bild oder Scan.",
}

path = Path(sys.argv[1] if len(sys.argv) > 1 else "translations/downsamplelab_de.ts")
text = path.read_text(encoding="utf-8")
missing = []


def fill(match):
    block = match.group(0)
    source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    target = DE.get(source)
    if target is None:
        missing.append(source)
        return block
    escaped = html.escape(target, quote=False).replace("'", "&apos;")
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>",
                  "<translation>" + escaped + "</translation>", block, flags=re.S)


text = re.sub(r"<message>.*?</message>", fill, text, flags=re.S)
path.write_text(text, encoding="utf-8")
print("untranslated:", len(missing))
for m in missing:
    print("  ", m)
