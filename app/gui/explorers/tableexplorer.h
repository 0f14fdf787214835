// The table explorer: labelled tables and their undersampling variants. One scatter pane per
// variant beside the original, all in the same 2-d view (the first two principal components of
// the standardised table, labelled with their share of the variance, or two chosen features):
// kept rows solid, removed rows as crosses, generated centroids as stars, Tomek links as
// segments, class counts before/after with the imbalance ratio under each plot, and optionally
// the decision regions of the chosen classifier trained on the variant's rows (in the 2-d view's
// space; a job per variant, cached). Zoom, pan and the pointed-at row are linked across panes;
// the tooltip says what the row is and why a variant removed it.
// Ownership: a QObject child of the workspace; panes belong to the grid.
// Thread-safety: GUI thread only; the projection and boundaries run as jobs.
#pragma once

#include "comparison.h"
#include "explorers/explorer.h"
#include "session/jobservice.h"
#include "session/viewstate.h"

#include "dsl/tableeval.h"

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QPointer>

#include <memory>
#include <vector>

namespace dsl::widgets {
class ScatterPane;
struct ScatterData;
} // namespace dsl::widgets

namespace dsl::app {

class TableExplorer : public Explorer
{
    Q_OBJECT
public:
    TableExplorer(Comparison *model, ViewState *view, JobService *jobs, QObject *parent = nullptr);

    bool accepts(const Array &) const override { return false; } // tables are not arrays
    QWidget *makePane(int id, QWidget *parent) override;
    int columns(int panes, int width) const override;
    void panesReady(QWidget *reference, const QHash<int, QPointer<QWidget>> &variants) override;
    void clearPanes() override;
    void refreshReference(QWidget *pane, const QString &title) override;
    void refreshVariant(int id, QWidget *pane, const QString &title) override;

    // A new table (or another 2-d view of it): the points every pane shares.
    void updateProjection();
    // The text of the tooltip for `row` in the pane of variant `variantId` (0: the original).
    QString describeRow(int variantId, long row) const;
    // For the source panel (rich text).
    QString describeSource() const;
    // The axis titles of the 2-d view.
    QString axisLabel(int axis) const;
    const Projection &projection() const { return m_pca; }
    // How many decision-region pictures are computed (tests).
    int boundaryCount() const { return int(m_boundaries.size()); }
    // The baseline: the classifier cross-validated on the unsampled table (a job).
    void evaluateBaseline();
    const Evaluation *baseline() const { return m_baselineReady ? &m_baseline : nullptr; }

Q_SIGNALS:
    void repaintRequested(); // a boundary or the baseline arrived
    void baselineChanged();

private:
    std::shared_ptr<widgets::ScatterData> baseData() const;
    QPointF place(const double *features) const; // a point (all features) in the 2-d view
    // The decision regions of a classifier trained on (x, y) (x in table features), or null
    // while computing (a job starts).
    const QImage *boundary(const QString &key, std::vector<double> x, std::vector<int> y);
    QString boundaryLabel() const;
    // Puts the decision regions of (x, y) into `d` once computed; `who` names the rows ("0":
    // the original, else the variant's spec).
    void addBoundary(
        widgets::ScatterData &d, const QString &who, std::vector<double> x, std::vector<int> y);
    QString whyRemoved(const VariantSpec &spec, const TableOutcome &outcome, std::size_t row) const;
    void onHover(long row, const QPoint &globalPos, int variantId);

    Comparison *m_model;
    ViewState *m_view;
    JobService *m_jobs;
    std::shared_ptr<const Table> m_table;
    Projection m_pca;
    std::shared_ptr<const std::vector<QPointF>> m_points;
    std::shared_ptr<const std::vector<int>> m_classes;
    QRectF m_bounds; // of every point, padded: where the boundary pictures are computed
    QString m_projectionKey;
    QHash<QString, QImage> m_boundaries;
    QList<QString> m_boundaryOrder;
    QList<QPointer<widgets::ScatterPane>> m_panes;
    QHash<widgets::ScatterPane *, int> m_paneIds;
    Evaluation m_baseline;
    bool m_baselineReady = false;
    bool m_linking = false;
};

} // namespace dsl::app
