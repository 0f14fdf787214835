// Magnitude spectrum chart (Qt Charts): dB over Hz, the original's spectrum faint underneath,
// the variant's in blue, the folded energy (spectrum of the alias component) in red, the new
// Nyquist frequency marked and the band that folds ([new Nyquist, original Nyquist]) shaded.
// Hovering reports the frequency under the mouse (for the fold readout).
#pragma once

#include "dsl/spectrum.h"

#include <QChartView>

class QLineSeries;
class QAreaSeries;
class QValueAxis;

namespace dsl::widgets {

class SpectrumChart : public QChartView
{
    Q_OBJECT
public:
    explicit SpectrumChart(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    // Any of the spectra may be empty; newNyquist <= 0 hides the marker and the shading.
    void setSpectra(const Spectrum &variant, const Spectrum &original, const Spectrum &alias,
        double newNyquist, double originalNyquist);
    void setFrequencyRange(double low, double high);
    double frequencyMax() const;
    int seriesPointCount(int which) const; // 0 variant, 1 original, 2 alias

Q_SIGNALS:
    void hovered(double hz, bool inside);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QLineSeries *m_variant;
    QLineSeries *m_original;
    QLineSeries *m_alias;
    QLineSeries *m_nyquist;
    QLineSeries *m_foldLower;
    QLineSeries *m_foldUpper;
    QAreaSeries *m_foldBand;
    QValueAxis *m_freq;
    QValueAxis *m_db;
};

// Downsampled copy of a spectrum for drawing: max over buckets so peaks stay visible.
QList<QPointF> spectrumPoints(const Spectrum &s, int maxPoints);

} // namespace dsl::widgets
