#include "secondinstancedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pa {

SecondInstanceDialog::SecondInstanceDialog(const QString &atlasPath,
                                           const AtlasLock::Holder &holder, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_safety(new QLabel(this))
    , m_readOnly(new QPushButton(tr("Open &Read-Only"), this))
    , m_editToo(new QPushButton(tr("Open for &Editing Too"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("secondInstanceDialog"));
    setWindowTitle(tr("Atlas Already Open"));
    m_text->setObjectName(QStringLiteral("secondInstanceText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(tr("“%1” is open in another Partnership Atlas window (%2).")
                        .arg(QFileInfo(atlasPath).fileName(),
                             holderText(holder, QDateTime::currentDateTime())));
    m_text->setToolTip(QDir::toNativeSeparators(QFileInfo(atlasPath).absoluteFilePath()));
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_safety->setWordWrap(true);
    m_safety->setText(tr("Editing in both is safe: an edit made on a view the other window has "
                         "since changed is refused before it can overwrite anything, and the "
                         "view is re-read, so no change is lost."));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    m_editToo->setObjectName(QStringLiteral("openForEditingButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_readOnly->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_readOnly, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_editToo, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_readOnly, &QPushButton::clicked, this, [this] { choose(Choice::ReadOnly); });
    connect(m_editToo, &QPushButton::clicked, this, [this] { choose(Choice::EditToo); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_safety);
    texts->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString SecondInstanceDialog::message() const
{
    return m_text->text();
}

QString SecondInstanceDialog::holderText(const AtlasLock::Holder &holder, const QDateTime &now)
{
    QStringList parts;
    if (!holder.user.isEmpty())
        parts << holder.user;
    if (!holder.host.isEmpty())
        parts << holder.host;
    if (holder.since.isValid()) {
        const QLocale locale;
        const QTime time = holder.since.time();
        parts << (holder.since.date() == now.date()
                      ? tr("since %1").arg(locale.toString(time, QStringLiteral("HH:mm")))
                      : tr("since %1, %2")
                            .arg(locale.toString(holder.since.date(), QLocale::ShortFormat),
                                 locale.toString(time, QStringLiteral("HH:mm"))));
    }
    if (parts.isEmpty())
        return tr("process %1").arg(holder.pid);
    return parts.join(QStringLiteral(", "));
}

void SecondInstanceDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace pa
