#include "viewpanel.h"

#include "render.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace dsl::app {

ViewPanel::ViewPanel(ViewState *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    QWidget *w = this;
    auto *slices = new QFormLayout;
    m_planeBox = new QComboBox(w);
    m_planeBox->addItems(
        { tr("Axial"), tr("Coronal"), tr("Sagittal"), tr("All three (linked cursor)") });
    m_planeBox->setToolTip(tr("Which view of a scan each pane shows. In the three-view layout a "
                              "click places the linked cursor; right-drag sets window/level."));
    m_planeLabel = new QLabel(tr("Plane"), w);
    slices->addRow(m_planeLabel, m_planeBox);
    m_sliceSlider = new QSlider(Qt::Horizontal, w);
    m_sliceLabel = new QLabel(w);
    m_frameSlider = new QSlider(Qt::Horizontal, w);
    m_frameLabel = new QLabel(w);
    slices->addRow(m_sliceLabel, m_sliceSlider);
    slices->addRow(m_frameLabel, m_frameSlider);
    v->addLayout(slices);
    connect(m_sliceSlider, &QSlider::valueChanged, this, [this](int value) {
        // The slider walks the cursor along the shown plane's normal (axial in three views).
        if (value < 0)
            return; // the range is being reset
        const VolumeLayout layout = m_view->layout();
        const int normal = layout == VolumeLayout::ThreeViews ? 0 : int(layout);
        std::array<double, 3> cursor = m_view->cursor();
        cursor[std::size_t(normal)] = value;
        m_view->setCursor(cursor);
    });
    connect(m_planeBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_view->setLayout(VolumeLayout(std::clamp(index, 0, 3))); });
    m_radiologicalBox = new QCheckBox(tr("Radiological (patient's right on the left)"), w);
    m_radiologicalBox->setChecked(true);
    m_radiologicalBox->setToolTip(
        tr("Off: neurological convention, patient's right on the right."));
    slices->addRow(m_radiologicalBox);
    connect(m_radiologicalBox, &QCheckBox::toggled, m_view, &ViewState::setRadiological);
    connect(m_frameSlider, &QSlider::valueChanged, m_view, &ViewState::setFrame);
    m_frameOnlyBox = new QCheckBox(tr("Variants on the current frame only"), w);
    m_frameOnlyBox->setToolTip(tr("4-d scans: compute the variants on the frame shown (fast), or "
                                  "on every frame (each frame along its three spatial axes)."));
    slices->addRow(m_frameOnlyBox);
    connect(m_frameOnlyBox, &QCheckBox::toggled, m_view, &ViewState::setFrameOnly);

    m_spectrumControls = new QWidget(w);
    auto *spectrumForm = new QFormLayout(m_spectrumControls);
    spectrumForm->setContentsMargins(0, 0, 0, 0);
    m_windowBox = new QComboBox(m_spectrumControls);
    m_windowBox->addItem(tr("Hann"), QStringLiteral("hann"));
    m_windowBox->addItem(tr("Rectangular"), QStringLiteral("rect"));
    m_windowBox->addItem(tr("Blackman–Harris"), QStringLiteral("blackmanharris"));
    m_windowBox->addItem(tr("Kaiser (β 14)"), QStringLiteral("kaiser"));
    m_fftBox = new QComboBox(m_spectrumControls);
    m_fftBox->addItem(tr("auto"), 0);
    for (int n : { 1024, 2048, 4096, 8192, 16384, 32768 })
        m_fftBox->addItem(QString::number(n), n);
    m_fftBox->setToolTip(
        tr("FFT size; longer signals are Welch-averaged over 50 % overlapping segments."));
    spectrumForm->addRow(tr("Spectrum window"), m_windowBox);
    spectrumForm->addRow(tr("FFT size"), m_fftBox);

    // Spectrogram: analysis (window length, hop: recomputed in the workers) and display (range,
    // colour map: re-rendered from the stored magnitudes).
    m_stftWindowBox = new QComboBox(m_spectrumControls);
    for (double ms : { 5.0, 10.0, 21.0, 43.0, 85.0 })
        m_stftWindowBox->addItem(tr("%1 ms").arg(ms), ms);
    m_stftWindowBox->setCurrentIndex(2);
    m_stftWindowBox->setToolTip(tr("Spectrogram window length (rounded up to a power of two of "
                                   "samples at each signal's own rate): longer resolves "
                                   "frequency better, shorter resolves time better."));
    m_stftHopBox = new QComboBox(m_spectrumControls);
    m_stftHopBox->addItem(tr("½ window"), 2);
    m_stftHopBox->addItem(tr("¼ window"), 4);
    m_stftHopBox->addItem(tr("⅛ window"), 8);
    m_stftHopBox->setCurrentIndex(1);
    m_stftRangeBox = new QSpinBox(m_spectrumControls);
    m_stftRangeBox->setRange(30, 200);
    m_stftRangeBox->setSingleStep(10);
    m_stftRangeBox->setValue(100);
    m_stftRangeBox->setSuffix(tr(" dB"));
    m_stftRangeBox->setToolTip(tr("Span of the spectrogram's colour scale below its top."));
    m_stftMapBox = new QComboBox(m_spectrumControls);
    m_stftMapBox->addItem(tr("Viridis"), int(widgets::Colormap::Viridis));
    m_stftMapBox->addItem(tr("Magma"), int(widgets::Colormap::Magma));
    m_stftMapBox->addItem(tr("Cividis"), int(widgets::Colormap::Cividis));
    m_stftMapBox->addItem(tr("Grey"), int(widgets::Colormap::Gray));
    m_stftWindowBox->setObjectName(QStringLiteral("stftWindow"));
    m_stftHopBox->setObjectName(QStringLiteral("stftHop"));
    m_stftRangeBox->setObjectName(QStringLiteral("stftRange"));
    m_stftMapBox->setObjectName(QStringLiteral("stftMap"));
    spectrumForm->addRow(tr("Spectrogram window"), m_stftWindowBox);
    spectrumForm->addRow(tr("Spectrogram hop"), m_stftHopBox);
    spectrumForm->addRow(tr("Spectrogram range"), m_stftRangeBox);
    spectrumForm->addRow(tr("Spectrogram colours"), m_stftMapBox);
    auto spectrumEdited = [this] { m_view->setSpectrum(spectrumFromControls()); };
    for (QComboBox *b : { m_windowBox, m_fftBox, m_stftWindowBox, m_stftHopBox, m_stftMapBox })
        connect(b, &QComboBox::currentIndexChanged, this, spectrumEdited);
    connect(m_stftRangeBox, &QSpinBox::valueChanged, this, spectrumEdited);
    v->addWidget(m_spectrumControls);

    // Listen: A/B between the original, the selected variant and its alias component.
    m_listenControls = new QWidget(w);
    auto *listenRow = new QHBoxLayout(m_listenControls);
    listenRow->setContentsMargins(0, 0, 0, 0);
    const QStringList listenNames { tr("▶ Original"), tr("▶ Variant"), tr("▶ Alias only"),
        tr("■ Stop") };
    for (int i = 0; i < listenNames.size(); ++i) {
        auto *b = new QPushButton(listenNames[i], m_listenControls);
        listenRow->addWidget(b);
        m_listenButtons << b;
        if (i < 3)
            connect(b, &QPushButton::clicked, this, [this, i] { Q_EMIT listenRequested(i); });
        else
            connect(b, &QPushButton::clicked, this, &ViewPanel::stopRequested);
    }
    m_listenButtons[1]->setToolTip(
        tr("Plays the selected variant at its own rate, from where the last one was."));
    m_listenButtons[2]->setToolTip(
        tr("Plays only what folded: the selected variant's alias component."));
    v->addWidget(m_listenControls);
    m_resampleBackBox = new QCheckBox(tr("Play variants resampled back to the original rate"), w);
    m_resampleBackBox->setChecked(true);
    m_resampleBackBox->setToolTip(
        tr("On: variants are brought back to the source's rate (rational polyphase resampling, "
           "which adds no aliasing of its own) and A/B switching is gapless. Off: each variant "
           "plays at its own rate and the device restarts when the rate changes."));
    v->addWidget(m_resampleBackBox);
    connect(m_resampleBackBox, &QCheckBox::toggled, m_view, &ViewState::setResampleBack);

    m_displayBox = new QComboBox(w);
    m_displayBox->addItems({ tr("Output"), tr("Alias map"), tr("Difference to ideal"),
        tr("k-space"), tr("k-space of what folded"), tr("Round trip: back − source"),
        tr("Kernel (linear variants)"), tr("Kernel frequency response") });
    m_displayBox->setToolTip(
        tr("What image panes show: the output, what folded (alias map), the "
           "error against the ideal band-limited reference, the 2-d spectrum, or the spectrum "
           "of the alias component alone (where the folded energy sits in frequency)."));
    m_hannBox = new QCheckBox(tr("Hann window for k-space"), w);
    m_hannBox->setChecked(true);
    m_kspace3dBox = new QCheckBox(tr("3-d k-space (central slices)"), w);
    m_kspace3dBox->setToolTip(
        tr("Scans: each view shows the central slice of the volume's 3-d spectrum instead of "
           "the 2-d spectrum of the slice shown."));
    connect(m_kspace3dBox, &QCheckBox::toggled, m_view, &ViewState::setKSpaceCentralSlices);
    m_displayRow = new QWidget(w);
    auto *displayRow = new QFormLayout(m_displayRow);
    displayRow->setContentsMargins(0, 0, 0, 0);
    displayRow->addRow(tr("Show"), m_displayBox);
    // Round trip: down by the variant, back up to the source's size by a resizer.
    m_roundTripBox = new QComboBox(m_displayRow);
    m_roundTripBox->setObjectName(QStringLiteral("roundTrip"));
    m_roundTripBox->addItem(tr("Off"), QString());
    m_roundTripBox->addItem(tr("Nearest"), QStringLiteral("resize.nearest"));
    m_roundTripBox->addItem(tr("Bilinear"), QStringLiteral("resize.bilinear"));
    m_roundTripBox->addItem(tr("Bicubic"), QStringLiteral("resize.bicubic"));
    m_roundTripBox->addItem(tr("Lanczos"), QStringLiteral("resize.lanczos"));
    m_roundTripBox->setToolTip(
        tr("Bring every output back to the source's size with this upsampler and compare "
           "with the source: PSNR and SSIM in the metrics, the difference in \"Round trip\" "
           "view."));
    displayRow->addRow(tr("Round trip"), m_roundTripBox);
    connect(m_roundTripBox, &QComboBox::currentIndexChanged, this,
        [this] { m_view->setRoundTrip(m_roundTripBox->currentData().toString()); });
    v->addWidget(m_displayRow);
    v->addWidget(m_hannBox);
    v->addWidget(m_kspace3dBox);
    connect(m_displayBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setDisplayMode(DisplayMode(std::clamp(index, 0, kDisplayModeCount - 1)));
    });
    connect(m_hannBox, &QCheckBox::toggled, m_view, &ViewState::setKSpaceHann);

    m_overlayBox = new QCheckBox(tr("Show alias overlay"), w);
    m_overlayBox->setToolTip(
        tr("Colours what folded: red where aliasing added, blue where it removed."));
    m_overlayOpacity = new QSlider(Qt::Horizontal, w);
    m_overlayOpacity->setRange(0, 100);
    m_overlayOpacity->setValue(70);
    m_overlayOpacity->setToolTip(tr("Overlay opacity"));
    connect(m_overlayBox, &QCheckBox::toggled, m_view, &ViewState::setOverlay);
    connect(m_overlayOpacity, &QSlider::valueChanged, m_view, &ViewState::setOverlayOpacity);
    v->addWidget(m_overlayBox);
    v->addWidget(m_overlayOpacity);

    // Window/level and colour map of single-channel images and scans.
    m_windowControls = new QWidget(w);
    auto *wl = new QFormLayout(m_windowControls);
    wl->setContentsMargins(0, 0, 0, 0);
    m_windowPresetBox = new QComboBox(m_windowControls);
    m_windowPresetBox->addItem(tr("Auto (0.5–99.5 %)"));
    m_windowPresetBox->addItem(tr("Full range"));
    m_windowPresetBox->addItem(tr("CT brain (W 80, L 40)"));
    m_windowPresetBox->addItem(tr("CT soft tissue (W 400, L 40)"));
    m_windowPresetBox->addItem(tr("CT bone (W 1800, L 400)"));
    m_windowPresetBox->addItem(tr("Custom"));
    m_windowPresetBox->setToolTip(
        tr("Display window; right-drag in a pane: horizontal = width, vertical = level."));
    m_windowWidth = new QDoubleSpinBox(m_windowControls);
    m_windowLevel = new QDoubleSpinBox(m_windowControls);
    for (QDoubleSpinBox *b : { m_windowWidth, m_windowLevel }) {
        b->setRange(-1e9, 1e9);
        b->setDecimals(3);
        b->setKeyboardTracking(false);
    }
    m_windowWidth->setMinimum(1e-9);
    m_colormapBox = new QComboBox(m_windowControls);
    m_colormapBox->addItems({ tr("Grey"), tr("Viridis"), tr("Magma"), tr("Cividis") });
    wl->addRow(tr("Window"), m_windowPresetBox);
    wl->addRow(tr("Width"), m_windowWidth);
    wl->addRow(tr("Level"), m_windowLevel);
    wl->addRow(tr("Colour map"), m_colormapBox);
    v->addWidget(m_windowControls);
    connect(m_windowPresetBox, &QComboBox::activated, this, [this](int index) {
        WindowLevel chosen;
        chosen.preset = WindowLevel::Preset(std::clamp(index, 0, 5));
        if (chosen.preset == WindowLevel::Preset::Custom) {
            const ValueWindow shown = m_windowOf ? m_windowOf() : ValueWindow { 0.0, 1.0 };
            chosen.width = shown.high - shown.low;
            chosen.level = (shown.high + shown.low) / 2;
        }
        m_view->setWindowLevel(chosen);
    });
    auto spinChanged = [this] {
        m_view->setWindowLevel(
            { WindowLevel::Preset::Custom, m_windowWidth->value(), m_windowLevel->value() });
    };
    connect(m_windowWidth, &QDoubleSpinBox::valueChanged, this, spinChanged);
    connect(m_windowLevel, &QDoubleSpinBox::valueChanged, this, spinChanged);
    connect(m_colormapBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_view->setColourMap(ColourMap(std::clamp(index, 0, 3))); });
    refreshSourceRows();
}

void ViewPanel::setSource(std::shared_ptr<const Array> source, std::shared_ptr<const Array> whole)
{
    m_src = std::move(source);
    m_whole = whole ? std::move(whole) : m_src;
    refreshSourceRows();
}

void ViewPanel::resetSliceRange()
{
    const QSignalBlocker block(m_sliceSlider);
    m_sliceSlider->setMaximum(-1);
}

std::size_t ViewPanel::frameIndex() const
{
    if (!m_whole || m_whole->kind != Kind::Volume || m_whole->rank() != 4)
        return 0;
    return std::min(std::size_t(m_view->frame()), m_whole->shape[0] - 1);
}

void ViewPanel::setListenAvailable(bool available, const QString &reason)
{
    for (QPushButton *b : std::as_const(m_listenButtons)) {
        b->setEnabled(available);
        if (!available)
            b->setToolTip(reason);
    }
}

void ViewPanel::refreshSourceRows()
{
    const auto &src = m_src;
    const bool volume = src && src->kind == Kind::Volume && src->rank() >= 3;
    const auto &whole = m_whole; // a frame's scan, or the source
    const bool frames = volume && whole->rank() == 4;
    const bool three = m_view->layout() == VolumeLayout::ThreeViews;
    const int normal = three ? 0 : int(m_view->layout());
    const std::size_t slices = volume ? src->shape[normalAxis(*src, normal)] : 1;
    m_planeBox->setVisible(volume);
    m_planeLabel->setVisible(volume);
    m_radiologicalBox->setVisible(volume);
    for (QWidget *w : std::initializer_list<QWidget *> { m_sliceSlider, m_sliceLabel })
        w->setVisible(volume);
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_frameSlider, m_frameLabel, m_frameOnlyBox })
        w->setVisible(frames);
    m_spectrumControls->setVisible(src && src->kind == Kind::Signal);
    for (QWidget *w : std::initializer_list<QWidget *> { m_displayRow, m_hannBox })
        w->setVisible(!src || src->kind != Kind::Signal);
    m_listenControls->setVisible(src && src->kind == Kind::Signal);
    m_resampleBackBox->setVisible(src && src->kind == Kind::Signal);
    for (QWidget *w : std::initializer_list<QWidget *> { m_overlayBox, m_overlayOpacity })
        w->setVisible(!src || src->kind != Kind::Signal);
    m_windowControls->setVisible(src && src->kind != Kind::Signal && src->channels < 3);
    m_kspace3dBox->setVisible(volume);
    if (volume && m_sliceSlider->maximum() != int(slices) - 1) {
        const QSignalBlocker block(m_sliceSlider);
        m_sliceSlider->setRange(0, int(slices) - 1);
    }
    if (volume) {
        const QSignalBlocker block(m_sliceSlider);
        m_sliceSlider->setValue(int(std::lround(m_view->cursor()[std::size_t(normal)])));
    }
    if (frames && m_frameSlider->maximum() != int(whole->shape[0]) - 1) {
        const QSignalBlocker block(m_frameSlider);
        m_frameSlider->setRange(0, int(whole->shape[0]) - 1);
    }
    if (frames) {
        const QSignalBlocker block(m_frameSlider);
        m_frameSlider->setValue(int(frameIndex()));
    }
    const QString planeName = normal == 0 ? tr("Axial")
        : normal == 1                     ? tr("Coronal")
                                          : tr("Sagittal");
    m_sliceLabel->setText(
        tr("%1 slice %2/%3").arg(planeName).arg(m_sliceSlider->value() + 1).arg(slices));
    if (frames) {
        // The time axis: TR from the file (pixdim[4]); frame f starts at f * TR.
        const double repetition = whole->grid[0].spacing;
        const QString unit = QString::fromStdString(whole->grid[0].unit);
        m_frameLabel->setText(tr("Frame %1/%2 (t = %3 %4, TR %5 %4)")
                                  .arg(frameIndex() + 1)
                                  .arg(whole->shape[0])
                                  .arg(double(frameIndex()) * repetition, 0, 'g', 4)
                                  .arg(unit.isEmpty() ? tr("s") : unit)
                                  .arg(repetition, 0, 'g', 4));
    } else {
        m_frameLabel->setText(tr("Frame 1/1"));
    }
}

SpectrumView ViewPanel::spectrumFromControls() const
{
    SpectrumView v;
    v.window = spectrumWindowFromName(m_windowBox->currentData().toString().toStdString());
    v.fftSize = m_fftBox->currentData().toInt();
    v.stftWindowMs = m_stftWindowBox->currentData().toDouble();
    v.stftHopDivisor = m_stftHopBox->currentData().toInt();
    v.stftRangeDb = m_stftRangeBox->value();
    v.stftColours = ColourMap(m_stftMapBox->currentData().toInt());
    return v;
}

void ViewPanel::sync()
{
    // The controls show the view state; they never hold state of their own.
    const QSignalBlocker b1(m_displayBox), b2(m_planeBox), b3(m_radiologicalBox),
        b4(m_windowPresetBox), b5(m_windowWidth), b6(m_windowLevel), b7(m_colormapBox),
        b8(m_overlayBox), b9(m_overlayOpacity), b10(m_hannBox), b11(m_kspace3dBox),
        b12(m_frameOnlyBox), b13(m_roundTripBox), b14(m_resampleBackBox), b18(m_windowBox),
        b19(m_fftBox), b20(m_stftWindowBox), b21(m_stftHopBox), b22(m_stftRangeBox),
        b23(m_stftMapBox);
    m_displayBox->setCurrentIndex(int(m_view->displayMode()));
    m_planeBox->setCurrentIndex(int(m_view->layout()));
    m_radiologicalBox->setChecked(m_view->radiological());
    m_windowPresetBox->setCurrentIndex(int(m_view->windowLevel().preset));
    const ValueWindow w = m_windowOf ? m_windowOf() : ValueWindow { 0.0, 1.0 };
    m_windowWidth->setValue(w.high - w.low);
    m_windowLevel->setValue((w.high + w.low) / 2);
    m_colormapBox->setCurrentIndex(int(m_view->colourMap()));
    m_overlayBox->setChecked(m_view->overlay());
    m_overlayOpacity->setValue(m_view->overlayOpacity());
    m_hannBox->setChecked(m_view->kspaceHann());
    m_kspace3dBox->setChecked(m_view->kspaceCentralSlices());
    m_frameOnlyBox->setChecked(m_view->frameOnly());
    m_roundTripBox->setCurrentIndex(std::max(0, m_roundTripBox->findData(m_view->roundTrip())));
    m_resampleBackBox->setChecked(m_view->resampleBack());
    const SpectrumView sv = m_view->spectrum();
    auto pick = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    static const char *windowNames[] = { "rect", "hann", "blackmanharris", "kaiser" };
    pick(m_windowBox, QString::fromLatin1(windowNames[std::size_t(sv.window)]));
    pick(m_fftBox, sv.fftSize);
    pick(m_stftWindowBox, sv.stftWindowMs);
    pick(m_stftHopBox, sv.stftHopDivisor);
    m_stftRangeBox->setValue(sv.stftRangeDb);
    pick(m_stftMapBox, int(sv.stftColours));
    refreshSourceRows();
}

} // namespace dsl::app
