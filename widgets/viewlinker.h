// Keeps the viewports and crosshairs of several image panes in step, in source coordinates.
// A guard flag makes propagation impossible to loop.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace dsl::widgets {

class ImagePane;

class ViewLinker : public QObject
{
    Q_OBJECT
public:
    explicit ViewLinker(QObject *parent = nullptr);
    void add(ImagePane *pane);
    void clear();
    const QList<QPointer<ImagePane>> &panes() const { return m_panes; }

private:
    QList<QPointer<ImagePane>> m_panes;
    bool m_propagating = false;
};

} // namespace dsl::widgets
