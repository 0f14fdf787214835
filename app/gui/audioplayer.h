// Plays signals through QAudioSink from PCM we decode ourselves (no QMediaPlayer), at the
// signal's own rate. Switching what plays keeps the position (A/B comparison): the new signal
// starts where the old one was, as a fraction of the duration. Without an output device
// isAvailable() is false and the caller disables its controls.
#pragma once

#include "dsl/array.h"

#include <QAudioDevice>
#include <QByteArray>
#include <QObject>

#include <memory>

class QAudioSink;
class QBuffer;

namespace dsl::app {

class AudioPlayer : public QObject
{
    Q_OBJECT
public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    bool isAvailable() const;
    QString unavailableReason() const;
    bool isPlaying() const;
    // Starts `signal` at `fraction` of its duration (0..1); returns false if it cannot play.
    bool play(const Array &signal, double fraction = 0.0);
    // Switches to another signal at the current position.
    bool switchTo(const Array &signal);
    void stop();
    double positionFraction() const;

    // Interleaved little-endian int16, clipped, from a float signal (any channel count).
    static QByteArray toPcm16(const Array &signal);

Q_SIGNALS:
    void playingChanged(bool playing);

private:
    QAudioDevice m_device;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<QBuffer> m_buffer;
    QByteArray m_pcm;
    double m_startFraction = 0.0;
    double m_duration = 0.0;
};

} // namespace dsl::app
