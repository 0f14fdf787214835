// STFT spectrogram as a picture: time (s) to the right, frequency (Hz) up, magnitude in dB
// through a perceptual colormap (viridis-like) with a colour bar and labelled axes.
#pragma once

#include "dsl/spectrum.h"

#include <QImage>
#include <QWidget>

namespace dsl::widgets {

class SpectrogramView : public QWidget
{
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setSpectrogram(const Spectrogram &s, double rangeDb = 100.0);
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QImage m_image;
    double m_top = 0.0, m_range = 100.0;
    double m_seconds = 0.0, m_maxHz = 0.0;
};

QRgb viridis(double t); // t in [0, 1]

} // namespace dsl::widgets
