// An explorer shows one kind of source: it makes the panes of the comparison grid (the
// reference and one per variant) and paints them from the comparison model and the view
// state. The window keeps a short list of explorers and asks the first that accepts the
// source (signals, scans, then images: the image explorer takes whatever is left), like the
// method registry; a new data kind is a new explorer in that list.
#pragma once

#include "dsl/array.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <algorithm>
#include <cmath>
#include <functional>

namespace dsl::widgets {
class ImagePane;
}

namespace dsl::app {

class Explorer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool accepts(const Array &source) const = 0;
    // The pane of variant `id` (0: the reference), created in `parent`.
    virtual QWidget *makePane(int id, QWidget *parent) = 0;
    // Grid columns for `panes` panes in `width` pixels.
    virtual int columns(int panes, int width) const
    {
        Q_UNUSED(width);
        return std::max(1, int(std::ceil(std::sqrt(double(panes)))));
    }
    // The grid is complete: link what moves together.
    virtual void panesReady(QWidget *reference, const QHash<int, QPointer<QWidget>> &variants)
    {
        Q_UNUSED(reference);
        Q_UNUSED(variants);
    }
    // The grid is about to be rebuilt: forget the panes.
    virtual void clearPanes() { }
    virtual void refreshReference(QWidget *pane, const QString &title) = 0;
    virtual void refreshVariant(int id, QWidget *pane, const QString &title) = 0;

    // How the window hears about clicks (view `normal`) and window/level drags in image panes.
    void setPaneWiring(std::function<void(widgets::ImagePane *, int normal)> wire)
    {
        m_wire = std::move(wire);
    }

protected:
    void wire(widgets::ImagePane *pane, int normal) const
    {
        if (m_wire)
            m_wire(pane, normal);
    }

private:
    std::function<void(widgets::ImagePane *, int)> m_wire;
};

} // namespace dsl::app
