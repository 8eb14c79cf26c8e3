#pragma once

#include "engine.h"

namespace PaperSift {

/// The engine of a library on PostgreSQL, a lab's shared server (QPSQL).
class PostgresEngine final : public Engine
{
public:
    QString name() const override;
    bool isShared() const override;

    Status checkBeforeOpen(const DatabaseLocation &location, bool readOnly, bool *existed) const override;
    QString driver() const override;
    void setUp(
        QSqlDatabase &connection, const DatabaseLocation &location, bool readOnly, int busyTimeoutMs) const override;
    bool connect(QSqlDatabase &connection, const DatabaseLocation &location) const override;
    Status configure(Database &db, bool readOnly, int busyTimeoutMs) const override;
    void beforeClose(Database &db) const override;
    Result<QString> currentUser(Database &db) const override;
    Status checkWriteAccess(Database &db) const override;

    Result<int> schemaVersion(Database &db) const override;
    Status setSchemaVersion(Database &db, int version) const override;
    Result<bool> hasOtherTables(Database &db) const override;
    Result<QString> backUp(Database &db, int version) const override;
    Status lockSchema(Database &db) const override;
    Status afterCopy(Database &db) const override;

    Error errorFor(const QSqlError &error, const QString &doing, const QString &shown, bool readOnly) const override;
    bool violatedConstraint(const QSqlError &error) const override;

    QString beginWrite() const override;
    QString indexedBy(const QString &index) const override;
    QString jsonTextList() const override;
    QString nowMs() const override;

    QString searchExpression(const QList<SearchTerm> &terms) const override;
    Statement rankedSearch(const QList<SearchTerm> &terms, int limit) const override;
    Statement matchingSearch(const QList<SearchTerm> &terms) const override;
    Statement matchingKeysSearch(const QList<SearchTerm> &terms) const override;
    /// The keys of the word pairs of the terms' phrases as a tsquery ("'3f2a9' & …"), matched
    /// against paper_pairs (schema 9); empty when no phrase has two plain words.
    static QString phrasePairs(const QList<SearchTerm> &terms);

    Status holdRun(Database &db, qint64 id) const override;
    QString runIsOrphaned() const override;
    Result<bool> tryLock(Database &db, int key, bool shared) const override;
    QString scoresChannel() const override;
};

} // namespace PaperSift
