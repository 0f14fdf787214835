// The view controls of the source dock: volume plane, slice and frame, orientation, the
// signal views' spectrum and spectrogram options, listening, the image display mode, round trip,
// k-space options, alias overlay, window/level and colour map. Every control writes into the
// ViewState and shows it (sync()); none holds state of its own. Which rows are shown, and the
// slice and frame ranges, follow the source (setSource).
// Ownership: a child of the dock's widget. Thread-safety: GUI thread only.
#pragma once

#include "dsl/array.h"
#include "dsl/plane.h"
#include "session/viewstate.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace dsl::app {

class ViewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ViewPanel(ViewState *view, QWidget *parent = nullptr);

    // The source shown and, for one frame of a 4-d scan, the whole scan (its frame count).
    void setSource(std::shared_ptr<const Array> source, std::shared_ptr<const Array> whole);
    // The window the Width and Level boxes show (Auto and Full depend on the source).
    void setWindowProvider(std::function<ValueWindow()> windowOf)
    {
        m_windowOf = std::move(windowOf);
    }
    // Every control from the view state, without feedback into it.
    void sync();
    // The slice slider's range is rebuilt at the next sync (another axis or another scan).
    void resetSliceRange();
    void setListenAvailable(bool available, const QString &reason);

    const QList<QPushButton *> &listenButtons() const { return m_listenButtons; }
    QCheckBox *resampleBackBox() const { return m_resampleBackBox; }

Q_SIGNALS:
    void listenRequested(int what); // 0 original, 1 selected variant, 2 its alias component
    void stopRequested();

private:
    void refreshSourceRows();
    std::size_t frameIndex() const;
    SpectrumView spectrumFromControls() const;

    ViewState *m_view;
    std::function<ValueWindow()> m_windowOf;
    std::shared_ptr<const Array> m_src, m_whole;

    QComboBox *m_planeBox = nullptr;
    QLabel *m_planeLabel = nullptr;
    QSlider *m_sliceSlider = nullptr;
    QLabel *m_sliceLabel = nullptr;
    QSlider *m_frameSlider = nullptr;
    QLabel *m_frameLabel = nullptr;
    QCheckBox *m_radiologicalBox = nullptr;
    QCheckBox *m_frameOnlyBox = nullptr;
    QWidget *m_spectrumControls = nullptr;
    QComboBox *m_windowBox = nullptr;
    QComboBox *m_fftBox = nullptr;
    QComboBox *m_stftWindowBox = nullptr;
    QComboBox *m_stftHopBox = nullptr;
    QSpinBox *m_stftRangeBox = nullptr;
    QComboBox *m_stftMapBox = nullptr;
    QWidget *m_listenControls = nullptr;
    QList<QPushButton *> m_listenButtons;
    QCheckBox *m_resampleBackBox = nullptr;
    QComboBox *m_displayBox = nullptr;
    QWidget *m_displayRow = nullptr;
    QComboBox *m_roundTripBox = nullptr;
    QCheckBox *m_hannBox = nullptr;
    QCheckBox *m_kspace3dBox = nullptr;
    QCheckBox *m_overlayBox = nullptr;
    QSlider *m_overlayOpacity = nullptr;
    QWidget *m_windowControls = nullptr;
    QComboBox *m_windowPresetBox = nullptr;
    QDoubleSpinBox *m_windowWidth = nullptr;
    QDoubleSpinBox *m_windowLevel = nullptr;
    QComboBox *m_colormapBox = nullptr;
};

} // namespace dsl::app
