#include "tableexplorer.h"

#include "appcommon.h"
#include "methodcatalog.h"

#include "scatterpane.h"

#include "dsl/error.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <set>

namespace dsl::app {

namespace {

constexpr int kBoundaryCells = 150; // per side of the decision-region picture
constexpr int kBoundaryCache = 48;

QString label(const Table &t, int c)
{
    return c >= 0 && std::size_t(c) < t.classes.size() ? QString::fromStdString(t.classes[c])
                                                       : QStringLiteral("?");
}

std::string paramOf(const VariantSpec &v, const std::string &key, const std::string &fallback)
{
    const auto it = v.params.find(key);
    return it == v.params.end() ? fallback : it->second;
}

} // namespace

TableExplorer::TableExplorer(Comparison *model, ViewState *view, JobService *jobs, QObject *parent)
    : Explorer(parent)
    , m_model(model)
    , m_view(view)
    , m_jobs(jobs)
{
}

int TableExplorer::columns(int panes, int width) const
{
    // Scatter plots want to be roughly square and at least ~360 px wide.
    return std::clamp(width / 320, 1, std::max(1, int(std::ceil(std::sqrt(double(panes))))));
}

QWidget *TableExplorer::makePane(int id, QWidget *parent)
{
    auto *p = new widgets::ScatterPane(parent);
    m_panes.append(p);
    m_paneIds.insert(p, id);
    connect(p, &widgets::ScatterPane::viewChanged, this, [this, p](const QRectF &rect) {
        if (m_linking)
            return;
        m_linking = true;
        for (const auto &other : std::as_const(m_panes))
            if (other && other != p)
                other->setViewRect(rect);
        m_linking = false;
    });
    connect(p, &widgets::ScatterPane::hovered, this,
        [this, p](long row, const QPoint &pos) { onHover(row, pos, m_paneIds.value(p, 0)); });
    return p;
}

void TableExplorer::panesReady(QWidget *reference, const QHash<int, QPointer<QWidget>> &variants)
{
    Q_UNUSED(variants);
    // Every pane shows what the reference shows.
    if (auto *ref = qobject_cast<widgets::ScatterPane *>(reference))
        for (const auto &p : std::as_const(m_panes))
            if (p && p != ref)
                p->setViewRect(ref->viewRect());
}

void TableExplorer::clearPanes()
{
    m_panes.clear();
    m_paneIds.clear();
}

void TableExplorer::updateProjection()
{
    m_table = m_model->table();
    m_points.reset();
    m_classes.reset();
    if (!m_table)
        return;
    const Table &t = *m_table;
    const TableView tv = m_view->table();
    if (tv.pca)
        m_pca = principalComponents(t);
    auto points = std::make_shared<std::vector<QPointF>>(t.rows);
    for (std::size_t i = 0; i < t.rows; ++i)
        (*points)[i] = place(t.row(i));
    m_points = std::move(points);
    m_classes = std::make_shared<const std::vector<int>>(t.y);
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (const QPointF &p : *m_points)
        if (std::isfinite(p.x()) && std::isfinite(p.y())) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    const double w = std::max(x1 - x0, 1e-9), h = std::max(y1 - y0, 1e-9);
    m_bounds = x1 >= x0 ? QRectF(x0 - 0.06 * w, y0 - 0.06 * h, 1.12 * w, 1.12 * h) : QRectF();
    m_projectionKey = tv.pca ? QStringLiteral("pca")
                             : QStringLiteral("f%1,%2").arg(tv.featureX).arg(tv.featureY);
    for (const auto &p : std::as_const(m_panes))
        if (p) {
            p->setData({});
            p->fit();
        }
}

QPointF TableExplorer::place(const double *features) const
{
    const TableView tv = m_view->table();
    const std::size_t d = m_table->cols;
    if (tv.pca) {
        double u = 0.0, v = 0.0;
        m_pca.project(features, d, u, v);
        return { u, v };
    }
    const std::size_t fx = std::min<std::size_t>(std::size_t(tv.featureX), d - 1);
    const std::size_t fy = std::min<std::size_t>(std::size_t(tv.featureY), d - 1);
    return { features[fx], features[fy] };
}

QString TableExplorer::axisLabel(int axis) const
{
    if (!m_table)
        return {};
    const TableView tv = m_view->table();
    if (tv.pca)
        return tr("PC%1 · %2 % of the variance")
            .arg(axis + 1)
            .arg(100.0 * m_pca.explained[axis], 0, 'f', 1);
    const std::size_t f = std::min<std::size_t>(
        std::size_t(axis == 0 ? tv.featureX : tv.featureY), m_table->cols - 1);
    return f < m_table->featureNames.size() ? QString::fromStdString(m_table->featureNames[f])
                                            : tr("feature %1").arg(f);
}

std::shared_ptr<widgets::ScatterData> TableExplorer::baseData() const
{
    auto d = std::make_shared<widgets::ScatterData>();
    d->points = m_points;
    d->classes = m_classes;
    for (const std::string &c : m_table->classes)
        d->classLabels << QString::fromStdString(c);
    d->countsBefore = m_table->counts();
    d->xLabel = axisLabel(0);
    d->yLabel = axisLabel(1);
    return d;
}

QString TableExplorer::boundaryLabel() const
{
    const TableView tv = m_view->table();
    const QString who
        = tv.classifier == TableClassifier::Knn ? tr("%1-NN").arg(tv.k) : tr("logistic regression");
    return tr("Regions: %1 on these rows, in this view").arg(who);
}

const QImage *TableExplorer::boundary(const QString &key, std::vector<double> x, std::vector<int> y)
{
    if (const auto it = m_boundaries.constFind(key); it != m_boundaries.constEnd())
        return &*it;
    if (!m_bounds.isValid() || y.empty())
        return nullptr;
    const TableView tv = m_view->table();
    const QRectF r = m_bounds;
    const std::size_t classes = m_table->classCount();
    const quint64 generation = m_model->sourceGeneration();
    m_jobs->start<QImage>(
        { JobKind::Boundary, key },
        [x = std::move(x), y = std::move(y), r, classes, tv](JobContext &ctx) {
            std::vector<double> grid(std::size_t(kBoundaryCells) * kBoundaryCells * 2);
            for (int j = 0; j < kBoundaryCells; ++j)
                for (int i = 0; i < kBoundaryCells; ++i) {
                    const std::size_t at = (std::size_t(j) * kBoundaryCells + std::size_t(i)) * 2;
                    grid[at] = r.left() + (i + 0.5) * r.width() / kBoundaryCells;
                    // Row 0 is the top of the view: the largest y.
                    grid[at + 1] = r.bottom() - (j + 0.5) * r.height() / kBoundaryCells;
                }
            const std::vector<int> cls
                = predictClasses(x, y, 2, classes, grid, tv.classifier, tv.k, ctx);
            QImage img(kBoundaryCells, kBoundaryCells, QImage::Format_ARGB32_Premultiplied);
            for (int j = 0; j < kBoundaryCells; ++j) {
                auto *line = reinterpret_cast<QRgb *>(img.scanLine(j));
                for (int i = 0; i < kBoundaryCells; ++i) {
                    QColor c = widgets::classColour(cls[std::size_t(j) * kBoundaryCells + i]);
                    c.setAlpha(60);
                    line[i] = qPremultiply(c.rgba());
                }
            }
            return img;
        },
        [this, key, generation](QImage img) {
            if (generation != m_model->sourceGeneration())
                return;
            m_boundaries.insert(key, img);
            m_boundaryOrder.append(key);
            while (m_boundaryOrder.size() > kBoundaryCache)
                m_boundaries.remove(m_boundaryOrder.takeFirst());
            Q_EMIT repaintRequested();
        });
    return nullptr;
}

void TableExplorer::addBoundary(
    widgets::ScatterData &d, const QString &who, std::vector<double> x, std::vector<int> y)
{
    // Keyed by what the picture depends on: the source, the rows (the variant's spec), the
    // 2-d view and the classifier.
    const TableView tv = m_view->table();
    const QString key
        = QStringLiteral("%1|%2|%3|%4|%5")
              .arg(m_model->sourceGeneration())
              .arg(who, m_projectionKey, QLatin1String(tableClassifierName(tv.classifier)))
              .arg(tv.k);
    if (const QImage *img = boundary(key, std::move(x), std::move(y))) {
        d.background = *img;
        d.backgroundRect = m_bounds;
        d.backgroundLabel = boundaryLabel();
    }
}

void TableExplorer::refreshReference(QWidget *paneWidget, const QString &title)
{
    auto *pane = qobject_cast<widgets::ScatterPane *>(paneWidget);
    if (!pane)
        return;
    if (m_table != m_model->table())
        updateProjection();
    if (!m_table)
        return;
    pane->setTitle(title);
    auto d = baseData();
    const TableView tv = m_view->table();
    if (tv.boundary) {
        std::vector<double> x(m_table->rows * 2);
        for (std::size_t i = 0; i < m_table->rows; ++i) {
            x[2 * i] = (*m_points)[i].x();
            x[2 * i + 1] = (*m_points)[i].y();
        }
        addBoundary(*d, QStringLiteral("0"), std::move(x), m_table->y);
    }
    pane->setStatus({});
    pane->setData(std::move(d));
}

void TableExplorer::refreshVariant(int id, QWidget *paneWidget, const QString &title)
{
    auto *pane = qobject_cast<widgets::ScatterPane *>(paneWidget);
    const VariantSpec *spec = m_model->variant(id);
    if (!pane || !spec)
        return;
    if (m_table != m_model->table())
        updateProjection();
    if (!m_table)
        return;
    pane->setTitle(title);
    const VariantResult *r = m_model->latest(id);
    if (!r || !r->table) {
        if (r && !r->error.isEmpty())
            pane->setStatus(r->error);
        else
            pane->setStatus(tr("computing…"));
        pane->setData(baseData()); // the table itself until the variant's rows are known
        return;
    }
    const TableOutcome &o = *r->table;
    auto d = baseData();
    d->state.assign(m_table->rows, widgets::ScatterData::Removed);
    for (std::size_t k : o.sample.kept)
        if (k < m_table->rows)
            d->state[k] = widgets::ScatterData::Kept;
    d->countsAfter = o.sample.countsAfter;
    const std::size_t cols = m_table->cols;
    for (std::size_t g = 0; g < o.sample.generatedLabels.size(); ++g) {
        d->generated.push_back(place(o.sample.generated.data() + g * cols));
        d->generatedClasses.push_back(o.sample.generatedLabels[g]);
    }
    const TableView tv = m_view->table();
    if (tv.links)
        d->links = o.sample.links;
    if (tv.boundary) {
        // Trained on the variant's rows (kept, then generated) placed in the 2-d view.
        std::vector<double> x;
        std::vector<int> y;
        x.reserve((o.sample.kept.size() + d->generated.size()) * 2);
        for (std::size_t k : o.sample.kept) {
            x.push_back((*m_points)[k].x());
            x.push_back((*m_points)[k].y());
            y.push_back(m_table->y[k]);
        }
        for (std::size_t g = 0; g < d->generated.size(); ++g) {
            x.push_back(d->generated[g].x());
            x.push_back(d->generated[g].y());
            y.push_back(d->generatedClasses[g]);
        }
        addBoundary(*d, r->spec, std::move(x), std::move(y));
    }
    pane->setStatus(r->partial ? tr("cross-validating…") : QString());
    pane->setData(std::move(d));
}

QString TableExplorer::whyRemoved(
    const VariantSpec &spec, const TableOutcome &o, std::size_t row) const
{
    const Table &t = *m_table;
    const std::string &m = spec.methodId;
    for (const auto &[a, b] : o.sample.links)
        if (a == row || b == row) {
            const std::size_t other = a == row ? b : a;
            return tr("In a Tomek link with row %1 (%2): each is the other's nearest neighbour and "
                      "their classes differ.")
                .arg(other)
                .arg(label(t, t.y[other]));
        }
    if (m == "under.random")
        return tr("Drawn out at random to bring its class to the target count.");
    if (m == "under.tomek")
        return tr("Removed with its Tomek link.");
    if (m == "under.enn" || m == "under.renn" || m == "under.allknn")
        return tr("Its nearest neighbours (rule \"%1\") do not vote for its own class.")
            .arg(QString::fromStdString(paramOf(spec, "kind_sel", "all")));
    if (m == "under.cnn")
        return tr("Not needed: the 1-NN rule on the rows kept so far already classifies it "
                  "correctly.");
    if (m == "under.oss")
        return tr("One-sided selection: the 1-NN rule on the seeds already classifies it, or it "
                  "was in a Tomek link.");
    if (m == "under.ncr")
        return tr("Neighbourhood cleaning: its neighbours outvote its class, or it is a neighbour "
                  "of a minority row that they misclassify.");
    if (m == "under.nearmiss") {
        const std::string v = paramOf(spec, "version", "1");
        if (v == "2")
            return tr("NearMiss-2 keeps the majority rows with the smallest mean distance to their "
                      "farthest minority rows; this one is farther.");
        if (v == "3")
            return tr("NearMiss-3 keeps, for each minority row, its nearest majority rows, then "
                      "those with the largest mean distance to their nearest minority rows; this "
                      "one did not qualify.");
        return tr("NearMiss-1 keeps the majority rows with the smallest mean distance to their "
                  "nearest minority rows; this one is farther.");
    }
    if (m == "under.centroids")
        return tr("Its class was replaced by the centroids of k-means clusters.");
    if (m == "under.iht")
        return tr("Instance hardness: a cross-validated classifier gives its own class a lower "
                  "probability than the rows kept.");
    return tr("Removed by %1.").arg(QString::fromStdString(m));
}

QString TableExplorer::describeRow(int variantId, long rowIndex) const
{
    if (!m_table || rowIndex < 0 || std::size_t(rowIndex) >= m_table->rows)
        return {};
    const Table &t = *m_table;
    const std::size_t row = std::size_t(rowIndex);
    QStringList lines;
    lines << tr("<b>Row %1</b> · class %2").arg(row).arg(label(t, t.y[row]).toHtmlEscaped());
    QStringList features;
    const std::size_t shown = std::min<std::size_t>(t.cols, 6);
    for (std::size_t j = 0; j < shown; ++j)
        features << QStringLiteral("%1 = %2")
                        .arg(QString::fromStdString(
                            j < t.featureNames.size() ? t.featureNames[j] : std::to_string(j))
                                 .toHtmlEscaped())
                        .arg(t.row(row)[j], 0, 'g', 5);
    if (t.cols > shown)
        features << tr("… (%1 more)").arg(t.cols - shown);
    lines << features.join(QStringLiteral(", "));
    const VariantSpec *spec = m_model->variant(variantId);
    const auto it = m_model->results().constFind(variantId);
    const TableOutcome *o
        = it != m_model->results().constEnd() && it->table ? it->table.get() : nullptr;
    int k = 3;
    if (spec)
        k = std::clamp(std::atoi(paramOf(*spec, "n_neighbors", "3").c_str()), 1, 20);
    if (spec && o) {
        const bool kept = std::binary_search(o->sample.kept.begin(), o->sample.kept.end(), row);
        lines << (kept ? tr("Kept by %1.").arg(Comparison::title(*spec).toHtmlEscaped())
                       : tr("<b>Removed</b> by %1. %2")
                             .arg(Comparison::title(*spec).toHtmlEscaped(),
                                 whyRemoved(*spec, *o, row).toHtmlEscaped()));
    } else if (variantId == 0) {
        // The original: which variants keep it.
        QStringList removedBy;
        int computed = 0;
        for (const VariantSpec &v : m_model->variants()) {
            const auto r = m_model->results().constFind(v.id);
            if (r == m_model->results().constEnd() || !r->table)
                continue;
            ++computed;
            if (!std::binary_search(
                    r->table->sample.kept.begin(), r->table->sample.kept.end(), row))
                removedBy << Comparison::title(v).toHtmlEscaped();
        }
        if (computed > 0)
            lines << (removedBy.isEmpty() ? tr("Kept by every variant.")
                                          : tr("Removed by %1 of %2 variants: %3")
                                                .arg(removedBy.size())
                                                .arg(computed)
                                                .arg(removedBy.join(QStringLiteral("; "))));
    }
    QStringList near;
    for (const NearRow &n : nearestRows(t, row, std::size_t(k)))
        near << tr("%1 (%2, distance %3)")
                    .arg(n.row)
                    .arg(label(t, t.y[n.row]).toHtmlEscaped())
                    .arg(n.distance, 0, 'g', 3);
    lines << tr("Nearest %1 rows (all features): %2").arg(k).arg(near.join(QStringLiteral(", ")));
    return lines.join(QStringLiteral("<br>"));
}

void TableExplorer::onHover(long row, const QPoint &globalPos, int variantId)
{
    // The same row is ringed in every pane.
    for (const auto &p : std::as_const(m_panes))
        if (p)
            p->setHighlight(row);
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos, describeRow(variantId, row));
}

QString TableExplorer::describeSource() const
{
    const auto t = m_model->table();
    if (!t)
        return {};
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m_model->sourceName().toHtmlEscaped());
    lines << tr("table, %1 rows × %2 features, %3 classes")
                 .arg(t->rows)
                 .arg(t->cols)
                 .arg(t->classCount());
    QStringList counts;
    const auto c = t->counts();
    for (std::size_t i = 0; i < c.size(); ++i)
        counts << QStringLiteral("%1: %2").arg(QString::fromStdString(t->classes[i])).arg(c[i]);
    lines << tr("classes (%1): %2").arg(QString::fromStdString(t->labelName), counts.join(u", "));
    lines
        << tr("imbalance ratio %1 (largest class over smallest)").arg(imbalanceRatio(c), 0, 'f', 2);
    if (m_view->table().pca)
        lines << tr("view: the first two principal components of the standardised features");
    if (m_baselineReady && m_baseline.computed())
        lines << tr("without undersampling: balanced accuracy %1 ± %2 (%3, %4 folds)")
                     .arg(m_baseline.balancedAccuracy.mean, 0, 'f', 3)
                     .arg(m_baseline.balancedAccuracy.foldSd, 0, 'f', 3)
                     .arg(QString::fromLatin1(tableClassifierName(m_view->table().classifier)))
                     .arg(m_baseline.folds);
    for (const std::string &w : t->source.warnings)
        lines << QString::fromStdString(w).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void TableExplorer::evaluateBaseline()
{
    m_baselineReady = false;
    const auto table = m_model->table();
    if (!table || !m_view->table().evaluate) {
        Q_EMIT baselineChanged();
        return;
    }
    const EvalOptions options = m_view->table().evalOptions();
    const quint64 generation = m_model->sourceGeneration();
    m_jobs->start<Evaluation>(
        { JobKind::Boundary, QStringLiteral("baseline") },
        [table, options](JobContext &ctx) { return crossValidate(*table, nullptr, options, ctx); },
        [this, generation](Evaluation e) {
            if (generation != m_model->sourceGeneration())
                return;
            m_baseline = std::move(e);
            m_baselineReady = true;
            Q_EMIT baselineChanged();
        });
}

} // namespace dsl::app
