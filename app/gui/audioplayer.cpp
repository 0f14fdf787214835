#include "audioplayer.h"

#include <QAudioSink>
#include <QMediaDevices>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace dsl::app {

PcmStream::PcmStream(QObject *parent)
    : QIODevice(parent)
{
}

void PcmStream::setPcm(const QByteArray &pcm, int frameBytes, double fraction)
{
    QMutexLocker lock(&m_mutex);
    m_pcm = pcm;
    m_frameBytes = std::max(1, frameBytes);
    const qint64 frames = m_pcm.size() / m_frameBytes;
    m_pos = qint64(std::clamp(fraction, 0.0, 1.0) * double(frames)) * m_frameBytes;
}

void PcmStream::switchPcm(const QByteArray &pcm)
{
    QMutexLocker lock(&m_mutex);
    const qint64 oldFrames = m_pcm.size() / m_frameBytes;
    const double fraction = oldFrames > 0 ? double(m_pos / m_frameBytes) / double(oldFrames) : 0.0;
    m_pcm = pcm;
    const qint64 frames = m_pcm.size() / m_frameBytes;
    m_pos = std::min(frames, qint64(std::llround(fraction * double(frames)))) * m_frameBytes;
}

double PcmStream::positionFraction() const
{
    QMutexLocker lock(&m_mutex);
    const qint64 frames = m_pcm.size() / m_frameBytes;
    return frames > 0 ? double(m_pos / m_frameBytes) / double(frames) : 0.0;
}

qint64 PcmStream::bytesAvailable() const
{
    QMutexLocker lock(&m_mutex);
    return m_pcm.size() - m_pos + QIODevice::bytesAvailable();
}

qint64 PcmStream::readData(char *data, qint64 maxSize)
{
    QMutexLocker lock(&m_mutex);
    // Whole frames only, so a switch never splits a frame between two signals.
    const qint64 n = std::min(maxSize, m_pcm.size() - m_pos) / m_frameBytes * m_frameBytes;
    if (n <= 0)
        return 0;
    std::memcpy(data, m_pcm.constData() + m_pos, std::size_t(n));
    m_pos += n;
    return n;
}

AudioPlayer::AudioPlayer(QObject *parent)
    : QObject(parent)
    , m_device(QMediaDevices::defaultAudioOutput())
{
}

AudioPlayer::~AudioPlayer()
{
    stop();
}

bool AudioPlayer::isAvailable() const
{
    return !m_device.isNull();
}

QString AudioPlayer::unavailableReason() const
{
    return isAvailable() ? QString() : tr("No audio output device is available on this system.");
}

bool AudioPlayer::isPlaying() const
{
    return m_sink && m_sink->state() == QAudio::ActiveState;
}

QByteArray AudioPlayer::toPcm16(const Array &signal)
{
    QByteArray pcm;
    pcm.resize(qsizetype(signal.values.size() * 2));
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    for (std::size_t i = 0; i < signal.values.size(); ++i) {
        const float v = std::isfinite(signal.values[i]) ? signal.values[i] : 0.0f;
        out[i] = qint16(std::lround(std::clamp(v, -1.0f, 1.0f) * 32767.0f));
    }
    return pcm;
}

bool AudioPlayer::play(const Array &signal, double fraction)
{
    stop();
    if (!isAvailable() || signal.kind != Kind::Signal || signal.rank() != 1)
        return false;
    QAudioFormat format;
    format.setSampleRate(int(std::lround(signal.sampleRate())));
    format.setChannelCount(int(signal.channels));
    format.setSampleFormat(QAudioFormat::Int16);
    if (!m_device.isFormatSupported(format))
        return false;
    m_stream = std::make_unique<PcmStream>();
    m_stream->setPcm(toPcm16(signal), int(signal.channels) * 2, fraction);
    m_stream->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_rate = format.sampleRate();
    m_channels = format.channelCount();
    m_sink = std::make_unique<QAudioSink>(m_device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState)
            stop();
        Q_EMIT playingChanged(state == QAudio::ActiveState);
    });
    m_sink->start(m_stream.get());
    return m_sink->error() == QAudio::NoError;
}

bool AudioPlayer::switchTo(const Array &signal)
{
    if (isPlaying() && signal.kind == Kind::Signal && signal.rank() == 1
        && int(std::lround(signal.sampleRate())) == m_rate && int(signal.channels) == m_channels) {
        m_stream->switchPcm(toPcm16(signal)); // the sink keeps running: no gap
        return true;
    }
    const double at = isPlaying() ? positionFraction() : 0.0;
    return play(signal, at);
}

void AudioPlayer::stop()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
        Q_EMIT playingChanged(false);
    }
    m_stream.reset();
    m_rate = m_channels = 0;
}

double AudioPlayer::positionFraction() const
{
    // What the sink has pulled from the stream (ahead of the loudspeaker by its buffer, tens of
    // milliseconds: the same offset for both sides of an A/B switch).
    return m_sink && m_stream ? m_stream->positionFraction() : 0.0;
}

} // namespace dsl::app
