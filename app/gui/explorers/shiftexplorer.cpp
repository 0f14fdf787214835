#include "shiftexplorer.h"

#include "dsl/analysis.h"
#include "dsl/error.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace dsl::app {

ShiftExplorer::ShiftExplorer(ViewState *view, JobService *jobs, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_jobs(jobs)
{

    QWidget *w = this;
    auto *v = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_label = new QLabel(tr("δ = 0 px"), w);
    m_slider = new QSlider(Qt::Horizontal, w);
    m_slider->setRange(0, 32);
    m_slider->setToolTip(tr("Shifts the input by δ pixels (circularly; sub-pixel by Fourier "
                            "phase) and recomputes every variant."));
    m_x = new QCheckBox(tr("x"), w);
    m_y = new QCheckBox(tr("y"), w);
    m_x->setChecked(true);
    row->addWidget(m_label);
    row->addWidget(m_slider, 1);
    row->addWidget(m_x);
    row->addWidget(m_y);
    v->addLayout(row);
    auto *compute = new QPushButton(tr("Compute E(δ) for every variant"), w);
    compute->setToolTip(
        tr("E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|: 0 for a shift-equivariant operator."));
    v->addWidget(compute);
    m_chart = new QChartView(new QChart, w);
    // No chart title (the dock and the axis say what it is): the plot keeps the room.
    m_chart->chart()->legend()->setAlignment(Qt::AlignRight);
    QFont small = m_chart->chart()->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->chart()->legend()->setFont(small);
    m_chart->chart()->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setToolTip(tr("Shift-equivariance error E(δ) of every variant over one stride "
                           "period; the metrics table gives its mean and the 1-px roll "
                           "figure."));
    m_chart->setMinimumHeight(260);
    v->addWidget(m_chart, 1);
    auto shiftEdited = [this] {
        m_view->setShift({ m_slider->value(), m_x->isChecked(), m_y->isChecked() });
    };
    connect(m_slider, &QSlider::valueChanged, this, shiftEdited);
    connect(m_x, &QCheckBox::toggled, this, shiftEdited);
    connect(m_y, &QCheckBox::toggled, this, shiftEdited);
    connect(compute, &QPushButton::clicked, this, &ShiftExplorer::computeRequested);
    sync();
}

void ShiftExplorer::sync()
{
    const QSignalBlocker b1(m_slider), b2(m_x), b3(m_y);
    const ShiftState shift = m_view->shift();
    m_slider->setValue(shift.eighths);
    m_x->setChecked(shift.x);
    m_y->setChecked(shift.y);
    m_label->setText(tr("δ = %1 px").arg(shift.eighths / 8.0, 0, 'g', 4));
}

void ShiftExplorer::clear()
{
    m_jobs->cancelKind(JobKind::ShiftCurve);
    m_chart->chart()->removeAllSeries();
    const bool had = !m_figures.isEmpty();
    m_figures.clear();
    if (had)
        Q_EMIT figuresChanged();
}

const ShiftFigure *ShiftExplorer::figure(int variantId, const std::string &methodId,
    const std::map<std::string, std::string> &params,
    const std::shared_ptr<const Array> &base) const
{
    // Figures still valid for this source, these shift axes and the variant's settings.
    const auto f = m_figures.constFind(variantId);
    if (f == m_figures.constEnd() || f->source != base || f->methodId != methodId
        || f->params != params || f->x != m_view->shift().x || f->y != m_view->shift().y)
        return nullptr;
    return &*f;
}

void ShiftExplorer::computeCurves(
    std::shared_ptr<const Array> base, const QList<ShiftVariant> &variants)
{
    clear();
    if (!base || base->kind == Kind::Signal)
        return;
    const bool x = m_view->shift().x, y = m_view->shift().y;
    for (const ShiftVariant &v : variants) {
        const Method *m = Registry::instance().find(v.methodId);
        if (!m)
            continue;
        Params params;
        try {
            params = m->resolve(v.params);
        } catch (const Error &) {
            continue;
        }
        const QString name = v.title;
        struct Curve
        {
            std::vector<double> deltas, e;
            double integerRoll = Metrics::kNone;
        };
        const ShiftFigure figure { v.methodId, v.params, base, x, y };
        const int variantId = v.id;
        auto work = [m, params, base, x, y](JobContext &ctx) {
            // delta over one stride period of the variant, in eighths of its stride.
            const Result probe = m->apply(*base, params, ctx);
            const double s = std::max(1.0, probe.map.back().step);
            std::vector<double> deltas;
            for (int i = 0; i <= 8; ++i)
                deltas.push_back(s * i / 8.0);
            Curve c;
            c.e = shiftEquivariance(*m, params, *base, deltas, x, y, ctx);
            c.deltas = std::move(deltas);
            c.integerRoll = integerShiftInvariance(*m, params, *base, x, y, ctx);
            return c;
        };
        m_jobs->start<Curve>(
            { JobKind::ShiftCurve, QString::number(variantId) }, work,
            [this, name, figure, variantId](const Curve &curve) {
                {
                    const auto &deltas = curve.deltas;
                    const auto &e = curve.e;
                    auto *series = new QLineSeries;
                    double sum = 0.0;
                    int n = 0;
                    QList<QPointF> pts;
                    for (std::size_t i = 0; i < e.size(); ++i)
                        if (std::isfinite(e[i])) {
                            pts.append({ deltas[i], e[i] });
                            sum += e[i];
                            ++n;
                        }
                    series->replace(pts);
                    // Mean E(δ) over the stride period, and the integer-shift figure: the output
                    // for a one-pixel roll against the best one-sample roll of the output (0 for
                    // APS).
                    series->setName(name); // the figures are in the metrics table
                    ShiftFigure f = figure;
                    f.meanError = n ? sum / n : Metrics::kNone;
                    f.rollError = curve.integerRoll;
                    m_figures.insert(variantId, f);
                    Q_EMIT figuresChanged();
                    // Qt's default theme repeats its colours after five series; ten distinct ones.
                    static const QColor colours[] = { QColor(31, 119, 180), QColor(255, 127, 14),
                        QColor(44, 160, 44), QColor(214, 39, 40), QColor(148, 103, 189),
                        QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127),
                        QColor(188, 189, 34), QColor(23, 190, 207) };
                    series->setPen(
                        QPen(colours[m_chart->chart()->series().size() % std::size(colours)], 2));
                    m_chart->chart()->addSeries(series);
                    m_chart->chart()->createDefaultAxes();
                    const auto h = m_chart->chart()->axes(Qt::Horizontal);
                    if (!h.isEmpty()) {
                        h.first()->setTitleText(tr("input shift δ (px)"));
                        if (auto *axis = qobject_cast<QValueAxis *>(h.first())) {
                            axis->setTickCount(5);
                            axis->setLabelFormat(QStringLiteral("%.2g"));
                        }
                    }
                    const auto vax = m_chart->chart()->axes(Qt::Vertical);
                    if (!vax.isEmpty())
                        vax.first()->setTitleText(tr("E(δ)"));
                    Q_EMIT curveAdded();
                }
            },
            [this](const QString &message) { Q_EMIT error(message); });
    }
}

} // namespace dsl::app
