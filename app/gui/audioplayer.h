// Plays signals through QAudioSink from PCM we decode ourselves (no QMediaPlayer), at the
// signal's own rate. Switching what plays keeps the position (A/B comparison): the new signal
// continues where the old one was, as a fraction of the duration. When the new signal has the
// same rate and channels (e.g. variants resampled back to the original rate), the sink keeps
// running and only the samples it pulls change: no gap. Otherwise the sink restarts in the new
// format. Without an output device isAvailable() is false and the caller disables its controls.
#pragma once

#include "dsl/array.h"

#include <QAudioDevice>
#include <QByteArray>
#include <QIODevice>
#include <QMutex>
#include <QObject>

#include <memory>

class QAudioSink;

namespace dsl::app {

// The device the sink pulls from: whole frames of interleaved int16; the PCM can be exchanged
// while it is being read, at the same position as a fraction of the duration.
class PcmStream : public QIODevice
{
    Q_OBJECT
public:
    explicit PcmStream(QObject *parent = nullptr);
    void setPcm(const QByteArray &pcm, int frameBytes, double fraction);
    void switchPcm(const QByteArray &pcm); // same frame size; keeps the position fraction
    double positionFraction() const;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    mutable QMutex m_mutex;
    QByteArray m_pcm;
    qint64 m_pos = 0;
    int m_frameBytes = 2;
};

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
    // Switches to another signal at the current position (gapless when the format is the same).
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
    std::unique_ptr<PcmStream> m_stream;
    int m_rate = 0, m_channels = 0;
};

} // namespace dsl::app
