#pragma once

// The Settings dialog is a tab per page; each page owns its fields and the files they come from.
// The contract between the dialog and a page:
//
//  - load() fills every field from what is stored (the settings file, the keychain, prices.json,
//    authors.txt) and forgets edits not applied. The dialog calls it once, after building the pages.
//  - validate() checks every field and writes nothing. It returns the first problem: the field to
//    fix and a sentence telling the user what to do. The dialog shows it in its message bar,
//    switches to the page and calls focusProblem().
//  - apply() writes the page. The dialog calls it only once every page has validated, so a
//    problem on one page leaves the edits of every other page unwritten too: all or nothing.
//    A write can still fail (a read-only folder); apply() returns that problem and the dialog
//    applies no further page. The pages before it stay written: validation can promise all or
//    nothing, a disk cannot.
//  - A write that answers later (the Scoring page's key goes to the keychain, which is
//    asynchronous) shows in isApplying(), and applyFinished() reports it; OK closes the dialog
//    only once no page is applying.
//
// A page never reaches into the dialog or another page: what it has to tell the user outside
// validation goes out through message().

#include "messagebar.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QWidget>

#include <optional>

namespace PaperSift {

/// What is wrong on a page: the field to fix and a message the user can act on.
struct SettingsProblem
{
    QWidget *field = nullptr;
    QString message;
};

/// One tab of the Settings dialog: loads its fields, checks them, and writes them (see above).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    /// The tab's title, with its mnemonic.
    virtual QString title() const = 0;
    virtual void load() = 0;
    virtual std::optional<SettingsProblem> validate() const = 0;
    virtual std::optional<SettingsProblem> apply() = 0;
    /// Whether a write started by apply() has not answered yet.
    virtual bool isApplying() const { return false; }
    /// Puts the focus on the problem's field; a page may also select the bad part of it.
    virtual void focusProblem(const SettingsProblem &problem);

signals:
    /// A write that apply() left running finished, with its problem if it failed.
    void applyFinished(const std::optional<SettingsProblem> &problem);
    /// Something to show in the dialog's message bar (a key removal failed, no file manager opened).
    void message(MessageBar::Kind kind, const QString &text);

protected:
    /// A value for the settings file, and the field it comes from (for a problem).
    struct SettingValue
    {
        QString key;
        QVariant value;
        QWidget *field = nullptr;
    };

    /// A dry run on a scratch file: Settings::set() is the one judge of a value, and a refusal
    /// must leave the real file untouched.
    static std::optional<SettingsProblem> checkValues(const QList<SettingValue> &values);
    /// Writes the values that differ from what is stored, then syncs. An untouched default is not
    /// written, so a later change of that default still reaches the user.
    static std::optional<SettingsProblem> writeValues(const QList<SettingValue> &values);
};

} // namespace PaperSift
