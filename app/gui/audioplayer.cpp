#include "audioplayer.h"

#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>

namespace dsl::app {

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
    m_pcm = toPcm16(signal);
    m_buffer = std::make_unique<QBuffer>(&m_pcm);
    m_buffer->open(QIODevice::ReadOnly);
    const qint64 frameBytes = qint64(signal.channels) * 2;
    const qint64 frames = qint64(signal.shape[0]);
    m_startFraction = std::clamp(fraction, 0.0, 1.0);
    m_buffer->seek(qint64(m_startFraction * double(frames)) * frameBytes);
    m_duration = double(frames) / signal.sampleRate();
    m_sink = std::make_unique<QAudioSink>(m_device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState)
            stop();
        Q_EMIT playingChanged(state == QAudio::ActiveState);
    });
    m_sink->start(m_buffer.get());
    return m_sink->error() == QAudio::NoError;
}

bool AudioPlayer::switchTo(const Array &signal)
{
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
    m_buffer.reset();
}

double AudioPlayer::positionFraction() const
{
    if (!m_sink || m_duration <= 0)
        return 0.0;
    return std::min(1.0, m_startFraction + double(m_sink->processedUSecs()) / 1e6 / m_duration);
}

} // namespace dsl::app
