// STFT spectrogram as a picture: time (s) to the right, frequency (Hz) up, magnitude in dB
// through a perceptual colormap (viridis-like) with a colour bar and labelled axes.
#pragma once

#include "dsl/spectrum.h"
#include "render.h"

#include <QImage>
#include <QWidget>

namespace dsl::widgets {

class SpectrogramView : public QWidget
{
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setSpectrogram(const Spectrogram &s);
    // Display only (no recomputation): the dB span below the top of the scale and the colour map.
    void setDisplay(double rangeDb, Colormap map);
    const QImage &image() const { return m_image; }
    const Spectrogram &spectrogram() const { return m_data; }
    double rangeDb() const { return m_range; }
    double topDb() const { return m_top; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void render();

    Spectrogram m_data;
    Colormap m_map = Colormap::Viridis;
    QString m_title;
    QImage m_image;
    double m_top = 0.0, m_range = 100.0;
    double m_seconds = 0.0, m_maxHz = 0.0;
};

QRgb viridis(double t); // t in [0, 1]

} // namespace dsl::widgets
