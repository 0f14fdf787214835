// What the window and workspace tests share: a window with its workspace (the fixture) and a
// check that a picture is not blank.
#pragma once

#include "mainwindow.h"

#include <QImage>
#include <QSet>

#include <algorithm>
#include <utility>

namespace dsltest {

// The fixture: a window (shown at the given size unless Hidden) and its workspace, which the
// tests drive as a user's intents would.
struct Lab
{
    enum Visibility { Hidden };
    dsl::app::MainWindow window;
    Lab(int width = 1400, int height = 900)
    {
        window.resize(width, height);
        window.show();
    }
    explicit Lab(Visibility) { }
    std::pair<dsl::app::MainWindow &, dsl::app::Workspace &> parts()
    {
        return { window, *window.workspace() };
    }
};

inline bool notBlank(const QImage &img)
{
    if (img.isNull())
        return false;
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += std::max(1, img.height() / 40))
        for (int x = 0; x < img.width(); x += std::max(1, img.width() / 40))
            colours.insert(img.pixel(x, y));
    return colours.size() > 8;
}

} // namespace dsltest
