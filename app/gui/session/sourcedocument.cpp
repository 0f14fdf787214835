#include "sourcedocument.h"

#include "panels/metricspanel.h"

#include "dsl/analysis.h"
#include "dsl/io.h"

#include <QSignalBlocker>

#include <algorithm>

namespace dsl::app {

SourceDocument::SourceDocument(
    Comparison *model, ViewState *view, JobService *jobs, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_jobs(jobs)
{
    // Connected before anything else listens to the model: every other handler reads these.
    connect(m_model, &Comparison::sourceChanged, this, &SourceDocument::sourceChanged);
}

void SourceDocument::sourceChanged()
{
    const auto src = m_model->source();
    if (!src)
        return;
    // Value range and automatic display window once per source (a volume has millions of
    // samples; every pane refresh reads these).
    m_range = fullRange(*src);
    m_auto = dsl::displayWindow(*src);
    if (src->kind == Kind::Volume && src->rank() >= 3
        && std::vector<std::size_t>(src->shape.end() - 3, src->shape.end()) != m_scanShape) {
        // A new scan (not a shifted copy or one frame of it): cursor at its centre, three
        // orthogonal views.
        m_scanShape.assign(src->shape.end() - 3, src->shape.end());
        const std::size_t base = src->rank() == 4 ? 1 : 0;
        const QSignalBlocker block(m_view);
        m_view->setCursor({ double(src->shape[base] / 2), double(src->shape[base + 1] / 2),
            double(src->shape[base + 2] / 2) });
        m_view->setLayout(VolumeLayout::ThreeViews);
        Q_EMIT scanChanged();
    }
    if (src->shape != m_shape) {
        // Another source (not a shifted copy): back to the automatic window.
        m_shape = src->shape;
        const QSignalBlocker block(m_view);
        m_view->setWindowLevel({});
    }
}

std::size_t SourceDocument::currentFrame() const
{
    const auto whole = m_full ? m_full : m_model->source();
    if (!whole || whole->kind != Kind::Volume || whole->rank() != 4)
        return 0;
    return std::min(std::size_t(m_view->frame()), whole->shape[0] - 1);
}

void SourceDocument::setBase(std::shared_ptr<const Array> array, const QString &name)
{
    // A 4-d scan is kept whole; with "current frame only" the comparison gets that frame.
    m_full = array && array->kind == Kind::Volume && array->rank() == 4 ? array : nullptr;
    if (m_full && m_view->frameOnly()) {
        const std::size_t t = currentFrame();
        auto frame = std::make_shared<Array>(
            m_full->like({ m_full->shape[1], m_full->shape[2], m_full->shape[3] }));
        frame->grid.assign(m_full->grid.begin() + 1, m_full->grid.end());
        const std::size_t n = frame->values.size();
        std::copy(m_full->values.begin() + std::ptrdiff_t(t * n),
            m_full->values.begin() + std::ptrdiff_t((t + 1) * n), frame->values.begin());
        array = std::move(frame);
    }
    m_base = array;
    m_name = name;
    {
        // A new source starts unshifted (the axes stay as chosen).
        const QSignalBlocker block(m_view);
        ShiftState shift = m_view->shift();
        shift.eighths = 0;
        m_view->setShift(shift);
    }
    m_jobs->cancel({ JobKind::ShiftedSource, {} });
    Q_EMIT baseChanged();
    m_model->setSource(std::move(array), name);
}

void SourceDocument::setTable(std::shared_ptr<const Table> table, const QString &name)
{
    m_base.reset();
    m_full.reset();
    m_shape.clear(); // the next array gets the automatic window
    m_scanShape.clear();
    m_name = name;
    m_jobs->cancel({ JobKind::ShiftedSource, {} });
    Q_EMIT baseChanged();
    m_model->setTable(std::move(table), name);
}

void SourceDocument::reframe()
{
    if (m_full)
        setBase(m_full, m_name);
}

void SourceDocument::applyShift()
{
    if (!m_base || m_base->kind == Kind::Signal)
        return;
    const ShiftState shift = m_view->shift();
    const double delta = shift.eighths / 8.0;
    const bool x = shift.x, y = shift.y;
    if (delta == 0.0 || (!x && !y)) {
        m_jobs->cancel({ JobKind::ShiftedSource, {} });
        m_model->setSource(m_base, m_name);
        return;
    }
    // The shift itself is an FFT per plane: off the GUI thread, newest request wins.
    const auto base = m_base;
    using Ptr = std::shared_ptr<const Array>;
    m_jobs->start<Ptr>(
        { JobKind::ShiftedSource, {} },
        [base, delta, x, y](JobContext &ctx) {
            return std::make_shared<const Array>(
                fourierShift(*base, y ? delta : 0.0, x ? delta : 0.0, &ctx));
        },
        [this, delta](Ptr shifted) {
            m_model->setSource(
                std::move(shifted), tr("%1 shifted by %2 px").arg(m_name).arg(delta, 0, 'g', 4));
        },
        [this](const QString &message) { Q_EMIT error(message); });
}

QString SourceDocument::describe() const
{
    const auto src = m_model->source();
    if (!src)
        return tr("No source.");
    QStringList lines;
    lines << tr("<b>%1</b>").arg(m_model->sourceName().toHtmlEscaped());
    const QString kind = src->kind == Kind::Signal ? tr("signal")
        : src->kind == Kind::Image                 ? tr("image")
                                                   : tr("volume");
    lines << tr("%1, %2").arg(kind, shapeText(*src));
    if (src->kind == Kind::Signal) {
        lines << tr("%1 Hz, %2 s")
                     .arg(src->sampleRate())
                     .arg(double(src->shape[0]) / src->sampleRate(), 0, 'f', 3);
    } else if (src->kind == Kind::Volume) {
        QStringList sp;
        for (auto it = src->grid.rbegin(); it != src->grid.rend(); ++it)
            sp << QString::number(it->spacing, 'g', 4);
        lines << tr("spacing %1 (mm; time in the unit of the file)")
                     .arg(sp.join(QStringLiteral(" × ")));
    }
    lines << tr("type %1, range %2 … %3")
                 .arg(QString::fromLatin1(sampleTypeName(src->source.sampleType)))
                 .arg(m_range.low, 0, 'g', 6)
                 .arg(m_range.high, 0, 'g', 6);
    for (const std::string &warning : src->source.warnings)
        lines << tr("<span style='color:#b35900'>Warning: %1</span>")
                     .arg(QString::fromStdString(warning).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace dsl::app
