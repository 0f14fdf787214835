// The source as the window holds it: the array opened or generated (a 4-d scan whole, the
// comparison getting its current frame when the view asks for one frame only), the shifted copy
// the shift explorer asks for (a job), and what is computed once per source and read by every
// pane: the value range and the automatic display window. A new scan puts the cursor at its
// centre in the three-view layout; a source of another shape gets the automatic window.
// Ownership: a QObject child of the window. Thread-safety: GUI thread only.
#pragma once

#include "comparison.h"
#include "session/jobservice.h"
#include "session/viewstate.h"

#include "dsl/plane.h"

#include <QObject>

#include <memory>
#include <vector>

namespace dsl::app {

class SourceDocument : public QObject
{
    Q_OBJECT
public:
    SourceDocument(Comparison *model, ViewState *view, JobService *jobs, QObject *parent = nullptr);

    // A new source (unshifted; the shift axes stay as chosen).
    void setBase(std::shared_ptr<const Array> array, const QString &name);
    // A labelled table: no array source any more (no frames, no shift).
    void setTable(std::shared_ptr<const Table> table, const QString &name);
    // The frame or frame-only changed: the comparison gets the frame now asked for.
    void reframe();
    // The view state's shift applied to the base source (a job; the newest request wins).
    void applyShift();

    std::shared_ptr<const Array> base() const { return m_base; } // unshifted
    std::shared_ptr<const Array> full() const { return m_full; } // a 4-d scan, whole
    QString name() const { return m_name; }
    std::size_t currentFrame() const; // the view's frame within the 4-d scan
    ValueWindow range() const { return m_range; }
    ValueWindow autoWindow() const { return m_auto; }
    // For the source panel (rich text): name, kind and shape, rate or spacing, type and range,
    // the reader's warnings.
    QString describe() const;

Q_SIGNALS:
    void baseChanged(); // a new base source (not a shifted copy)
    void scanChanged(); // a new scan: cursor and layout were reset
    void error(const QString &message);

private:
    void sourceChanged();

    Comparison *m_model;
    ViewState *m_view;
    JobService *m_jobs;
    std::shared_ptr<const Array> m_base, m_full;
    QString m_name;
    ValueWindow m_range, m_auto;
    std::vector<std::size_t> m_scanShape, m_shape;
};

} // namespace dsl::app
