#include "atlasfilebar.h"

#include "document/atlasdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace pa {

namespace {

// The file or the folder it is in cannot be written: the reason a file opens read-only
// without being asked to.
bool fileBarCannotWrite(const QString &path)
{
    const QFileInfo info(path);
    return !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
}

} // namespace

AtlasFileBar::AtlasFileBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_saveCopy(new QPushButton(tr("Save a Copy As…"), this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("atlasFileBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("atlasFileBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveCopy->setObjectName(QStringLiteral("atlasFileBarSaveCopy"));
    m_saveCopy->setToolTip(tr("Write a copy of the atlas to a folder of your choice"));
    m_dismiss->setObjectName(QStringLiteral("atlasFileBarDismiss"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_dismiss->setToolTip(tr("Hide this message for this atlas"));
    m_icon->setAlignment(Qt::AlignTop);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_saveCopy, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    connect(m_saveCopy, &QPushButton::clicked, this, &AtlasFileBar::saveCopyRequested);
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void AtlasFileBar::setDocument(AtlasDocument *document)
{
    m_document = document;
    m_storage = document ? platform::storageOf(document->filePath()) : platform::StorageClass{};
    refresh();
}

void AtlasFileBar::setStorageForTesting(const platform::StorageClass &storage)
{
    m_storage = storage;
    refresh();
}

QString AtlasFileBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void AtlasFileBar::refresh()
{
    QStringList paragraphs;
    const bool risky = m_document && m_storage.kind != platform::StorageKind::Local;
    if (risky) {
        const QString folder =
            QDir::toNativeSeparators(QFileInfo(m_document->filePath()).absolutePath())
                .toHtmlEscaped();
        if (m_storage.kind == platform::StorageKind::Network)
            paragraphs << tr("<b>This atlas is on %1</b> (%2). Partnership Atlas keeps every edit "
                             "safe with SQLite's write-ahead log and file locks, which network "
                             "shares do not support reliably: a dropped connection or a second "
                             "computer editing can damage the file. Copy it to a folder on this "
                             "computer with File › Save a Copy As… and work on the copy.")
                              .arg(m_storage.what.toHtmlEscaped(), folder);
        else
            paragraphs << tr("<b>This atlas is in %1</b> (%2). The sync program can upload the "
                             "file in the middle of an edit without its write-ahead log, or "
                             "replace it with another computer's version, and the atlas can be "
                             "damaged. Copy it to a folder that is not synced with File › Save a "
                             "Copy As… and work there; put copies in the synced folder to share "
                             "them.")
                              .arg(m_storage.what.toHtmlEscaped(), folder);
    }
    if (m_document && m_document->isReadOnly()) {
        const QString name = m_document->displayName().toHtmlEscaped();
        paragraphs << (fileBarCannotWrite(m_document->filePath())
                           ? tr("<b>Read-only:</b> “%1” or its folder cannot be written, so no "
                                "change can be made. To edit it, save a copy in a folder you can "
                                "write to (File › Save a Copy As…).")
                                 .arg(name)
                           : tr("<b>Read-only:</b> “%1” was opened read-only because it is open "
                                "in another Partnership Atlas window. Close it and open it "
                                "again to edit it once the other window has closed it.")
                                 .arg(name));
    }
    if (paragraphs.isEmpty()) {
        hide();
        return;
    }
    // Warning colours for a risk to the file, information colours for read-only alone.
    const bool warning = risky;
    setStyleSheet(warning ? QStringLiteral("#atlasFileBar { background: #fff4ce; border: 1px "
                                           "solid #e8c65f; border-radius: 3px; color: #3b2f00; }")
                          : QStringLiteral("#atlasFileBar { background: #e8f1fb; border: 1px "
                                           "solid #9cc3ec; border-radius: 3px; color: #0b2a4a; }"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                                 : QStyle::SP_MessageBoxInformation,
                                         nullptr, this)
                          .pixmap(size, size));
    m_text->setText(paragraphs.join(QStringLiteral("<br>")));
    m_saveCopy->setVisible(true);
    show();
}

} // namespace pa
