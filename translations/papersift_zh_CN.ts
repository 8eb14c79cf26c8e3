<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PaperSift::ArxivPage</name>
    <message>
        <location filename="../ui/settings/arxivpage.cpp" line="+32"/>
        <source>&amp;New submissions</source>
        <translation>新提交(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cross-lists from other categories</source>
        <translation>来自其他分类的交叉列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replacements (new versions)</source>
        <translation>替换（新版本）(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced cross-&amp;lists</source>
        <translation>已替换的交叉列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Categories to fetch:</source>
        <translation>要获取的分类(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a category by code or name, e.g. cs.LG or learning</source>
        <translation>按代码或名称查找分类，例如 cs.LG 或 learning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a category</source>
        <translation>查找分类</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>arXiv categories</source>
        <translation>arXiv 分类</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Announce types:</source>
        <translation>公告类型：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Relevance at least</source>
        <translation>相关性至少(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;novelty at least</source>
        <translation>新颖性至少(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Digest keeps:</source>
        <translation>摘要日报保留：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores go from 0 to 10. Papers below either cutoff stay in the table but not in the digest.</source>
        <translation>评分范围为 0 到 10。低于任一阈值的论文仍保留在表格中，但不会进入摘要日报。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;arXiv</source>
        <translation>arXiv(&amp;A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose at least one arXiv category.</source>
        <translation>请至少选择一个 arXiv 分类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one announce type, e.g. new submissions.</source>
        <translation>请至少选择一种公告类型，例如新提交。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>not in PaperSift&apos;s list of categories</source>
        <translation>不在 PaperSift 的分类列表中</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No category chosen: choose at least one.</source>
        <translation>未选择分类：请至少选择一个。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
</context>
<context>
    <name>PaperSift::AuthorsPage</name>
    <message>
        <location filename="../ui/settings/authorspage.cpp" line="+30"/>
        <source>&amp;Followed authors, one name a line:</source>
        <translation>关注的作者，每行一个姓名(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yoshua Bengio
Fei-Fei Li</source>
        <translation>Yoshua Bengio
Fei-Fei Li</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Papers by these authors are marked in the table and always listed in the paper pane. Names match as arXiv writes them, ignoring case.</source>
        <translation>这些作者的论文会在表格中突出显示，并且这些作者在论文窗格中始终会列出。姓名按 arXiv 的写法匹配，不区分大小写。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window&apos;s language, from the next start. The command line always speaks English.</source>
        <translation>窗口的语言，下次启动时生效。命令行始终使用英文。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;atabase:</source>
        <translation>数据库(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and &amp;prompts:</source>
        <translation>设置与提示词(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db and --config on the command line use other files; criteria.md in the settings folder holds your criteria.</source>
        <translation>在命令行中使用 --db 和 --config 可指定其他文件；设置文件夹中的 criteria.md 保存着您的筛选标准。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder of %1</source>
        <translation>打开%1所在的文件夹</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No file manager opened %1. Open it yourself, or copy the path.</source>
        <translation>没有文件管理器打开 %1。请自行打开，或复制该路径。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authors &amp;&amp; &amp;data</source>
        <translation>作者与数据(&amp;D)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write %1: check that the folder is writable.</source>
        <translation>无法写入 %1：请检查该文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>PaperSift::CalibrationChart</name>
    <message>
        <location filename="../ui/calibrationchart.cpp" line="+26"/>
        <source>%1: %2% of %3 liked</source>
        <translation>%1：%3 篇中喜欢 %2%</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>n=%1</source>
        <translation>n=%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>picked →</source>
        <translation>入选 →</translation>
    </message>
</context>
<context>
    <name>PaperSift::CriteriaDock</name>
    <message>
        <location filename="../ui/criteriadock.cpp" line="+95"/>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+119"/>
        <source>Criteria</source>
        <translation>筛选标准</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the criteria to criteria.md (Ctrl+S); the previous text stays in the version list</source>
        <translation>将筛选标准保存到 criteria.md（Ctrl+S）；之前的文本仍保留在版本列表中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview Prompt</source>
        <translation>预览提示词(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the prompt these criteria make, for three papers of the day shown</source>
        <translation>以所示日期的三篇论文为例，显示这些筛选标准生成的提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-score Day…</source>
        <translation>重新评分当日(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the day shown again with these criteria; shows the cost first</source>
        <translation>用这些筛选标准为所示日期重新评分；会先显示费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update &amp;Examples</source>
        <translation>更新示例(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the titles of your newest ratings into the criteria as examples for the model; shows what using them costs, saves nothing</source>
        <translation>把你最新评分的论文标题作为示例写入标准，供模型参考；显示使用它们的成本，不会保存</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load this version into the editor (save to use it)</source>
        <translation>将此版本载入编辑器（保存后生效）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to Editor</source>
        <translation>返回编辑器(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved criteria version</source>
        <translation>已保存的筛选标准版本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Versions</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Criteria versions</source>
        <translation>筛选标准版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Criteria*</source>
        <translation>筛选标准*</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score the papers of %1 again with these criteria; shows the cost first</source>
        <translation>用这些筛选标准为 %1 的论文重新评分；会先显示费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a day with papers to re-score it</source>
        <translation>请选择一个有论文的日期以重新评分</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rated examples are off: choose how many the criteria carry in Settings → Scoring.</source>
        <translation>评分示例已关闭：请在 设置 → 评分 中选择标准包含多少示例。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your ratings could not be read: %1</source>
        <translation>无法读取你的评分：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have rated no paper yet: star papers or rate them 1–5, then update the examples.</source>
        <translation>你还没有评过任何论文：先给论文加星或打 1–5 分，再更新示例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The examples already are your newest ratings.</source>
        <translation>示例已经是你最新的评分。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Examples from your newest ratings: %1 relevant, %2 irrelevant. Saving makes a new criteria version; the days scored before keep their scores, and nothing is scored again by itself.</source>
        <translation>来自你最新评分的示例：%1 篇相关，%2 篇不相关。保存会生成新的标准版本；之前已评分的日期保留其评分，不会自动重新评分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-scoring %1 with them would cost about $%2.</source>
        <translation>用它们重新评分 %1 大约需要 $%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The criteria are empty: write the topics you care about, or restore a version.</source>
        <translation>筛选标准为空：请写下您关注的主题，或恢复一个版本。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save %1: the disk is full (%2 free). Free some space and save again; your text stays here until then.</source>
        <translation>无法保存 %1：磁盘已满（剩余 %2）。请释放一些空间后再次保存；在此之前您的文本会保留在这里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The saved versions could not be read: %1</source>
        <translation>无法读取已保存的版本：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 paper</source>
        <translation>1 篇论文</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n papers</source>
        <translation>
            <numerusform>%n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · in use</source>
        <translation>%1 · 使用中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The criteria in use</source>
        <translation>当前使用的筛选标准</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This version could not be read: %1</source>
        <translation>无法读取此版本：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 · scored %2 — read-only</source>
        <translation>保存于 %1 · 已评分：%2 —— 只读</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version restored into the editor: save to use it.</source>
        <translation>已将该版本恢复到编辑器：保存后生效。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Prompt Preview</source>
        <translation>提示词预览</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System message</source>
        <translation>系统消息(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User message</source>
        <translation>用户消息(&amp;U)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About %1 tokens before the papers. No papers of a day are shown, so %2 stands where they go.</source>
        <translation>论文之前约有 %1 个 token。当前未显示任何一天的论文，因此由 %2 占位。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %1 tokens for %n papers of %2; every request repeats the first %3 tokens (system message, instructions, criteria).</source>
        <translation>
            <numerusform>%2 的 %n 篇论文约需 %1 个 token；每个请求都会重复开头的 %3 个 token（系统消息、说明、筛选标准）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 has no papers to score.</source>
        <translation>%1 没有可评分的论文。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a day with papers first.</source>
        <translation>请先选择一个有论文的日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyword scorer runs offline: it costs nothing.</source>
        <translation>关键词评分离线运行，不产生任何费用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 tokens with %2: about $%3 (an upper estimate; cached prompts cost less).</source>
        <translation>使用 %2 约需 %1 个 token：约 $%3（上限估算；缓存的提示词费用更低）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is over your budget of $%1 per run.</source>
        <translation>这超出了您每次运行 $%1 的预算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 tokens with %2, whose price is unknown: add it in Settings → Limits &amp; prices to see the cost.</source>
        <translation>使用 %2 约需 %1 个 token，但其价格未知：请在“设置 → 限制与价格”中添加该模型以查看费用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your edits are saved first.</source>
        <translation>将先保存您的修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-score Day</source>
        <translation>重新评分当日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-score the one paper of %1 with these criteria?</source>
        <translation>要用这些筛选标准为 %1 的这篇论文重新评分吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Re-score the %n papers of %1 with these criteria?</source>
        <translation>
            <numerusform>要用这些筛选标准为 %1 的 %n 篇论文重新评分吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Re-score</source>
        <translation>重新评分(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PaperSift::CriteriaTextEdit</name>
    <message>
        <location filename="../ui/criteriaeditor.cpp" line="+18"/>
        <source>Criteria</source>
        <translation>筛选标准</translation>
    </message>
</context>
<context>
    <name>PaperSift::DailyRun</name>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="+114"/>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Interrupted before it finished; its scores were kept and a later run resumed it.</source>
        <translation>在完成前被中断；其评分已保留，之后的一次运行已接续完成。</translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrunfeed.cpp" line="+63"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching %1 from arXiv</source>
        <translation>正在从 arXiv 获取 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled while fetching; nothing was changed.</source>
        <translation>获取时已取消；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The run reached its deadline of %n minute(s) while fetching from %1; nothing was changed. Try again later, or raise the deadline (--deadline, or the run/deadlineMin setting).</source>
        <translation>
            <numerusform>运行在从 %1 获取时达到了 %n 分钟的时限；未做任何更改。请稍后重试，或延长时限（--deadline，或设置 run/deadlineMin）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>arXiv&apos;s feed has not changed since %1.</source>
        <translation>arXiv 的订阅源自 %1 以来没有变化。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 has no daily feed to recover: arXiv&apos;s feeds are dated Monday to Friday, holidays aside.</source>
        <translation>%1 没有可恢复的每日订阅：arXiv 的订阅日期为周一至周五（节假日除外）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovering %1 from the arXiv API</source>
        <translation>正在通过 arXiv API 恢复 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled while recovering %1; the pages fetched are kept.</source>
        <translation>恢复 %1 时已取消；已获取的页面会保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run reached its deadline while recovering %1; the pages fetched are kept. Recover it again to fetch the rest.</source>
        <translation>恢复 %1 时运行已到截止时间；已获取的页面会保留。再次恢复以获取其余部分。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The arXiv API lists no papers submitted to %1 in the window that %2 announced: there is nothing to recover.</source>
        <translation>arXiv API 中没有在 %2 公布的时间窗口内提交到 %1 的论文：没有可恢复的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n papers of %1 recovered from the arXiv API; cross-lists of older papers may be missing.</source>
        <translation>
            <numerusform>已通过 arXiv API 恢复 %1 的 %n 篇论文；较早论文的交叉列表可能缺失。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-194"/>
        <source>arXiv&apos;s feed for %1 is empty, though that day is neither a weekend nor one of arXiv&apos;s holidays: a day that should have papers has none. Check arXiv&apos;s status and run again later; &apos;papersift recover --date %2&apos; rebuilds the day from the arXiv API.</source>
        <translation>%1 的 arXiv 订阅源为空，但这一天既不是周末也不是 arXiv 的假日：本应有论文的一天没有论文。请查看 arXiv 的状态并稍后重新运行；“papersift recover --date %2”可通过 arXiv API 重建这一天。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>arXiv announced nothing for %1: weekends and holidays have no announcements.</source>
        <translation>arXiv 在 %1 没有发布任何公告：周末和节假日没有公告。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>arXiv should have announced %1 by now, but its feed still lists the same %n papers as %2: a day that should have papers has none yet. Run again later.</source>
        <translation>
            <numerusform>arXiv 本应已发布 %1，但其订阅源仍列出与 %2 相同的 %n 篇论文：本应有论文的一天尚无论文。请稍后重新运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>arXiv has not published today&apos;s announcements yet (the same %n papers as %1). Try again after 20:00 US Eastern.</source>
        <translation>
            <numerusform>arXiv 尚未发布今天的公告（仍是与 %1 相同的 %n 篇论文）。请在美国东部时间 20:00 之后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Storing %n papers</source>
        <translation>
            <numerusform>正在存储 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="+17"/>
        <source>There is no feed day to score yet: fetch today&apos;s announcements, or import or backfill a day.</source>
        <translation>还没有可评分的订阅源日期：请获取今天的公告，或者导入或回填某一天。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selecting the papers of %1</source>
        <translation>正在选取 %1 的论文</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No papers are stored for %1 in %2. Import that day&apos;s feeds (papersift import FILE…) or backfill it (papersift backfill --from %1 --to %1).</source>
        <translation>%2 中没有存储 %1 的论文。请导入当天的订阅源（papersift import 文件…）或回填该日（papersift backfill --from %1 --to %1）。</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Finishing</source>
        <translation>正在完成</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>None of the %n scored paper(s) passed the cutoffs (relevance at least %1, novelty at least %2): check the cutoffs (Settings, or --relevance-cutoff) or your criteria.</source>
        <translation>
            <numerusform>已评分的 %n 篇论文均未达到阈值（相关性至少 %1，新颖性至少 %2）：请检查阈值（设置，或 --relevance-cutoff）或您的标准。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSift::DayListModel</name>
    <message>
        <location filename="../ui/sidebar.cpp" line="+88"/>
        <source>the endpoint failed; some papers are not scored</source>
        <translation>端点失败；部分论文未评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run reached its deadline; some papers are not scored</source>
        <translation>运行已到截止时间；部分论文未评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run stopped at its budget</source>
        <translation>运行因达到预算而停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run was cancelled</source>
        <translation>运行已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arXiv feed could not be fetched</source>
        <translation>无法获取 arXiv 订阅源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no paper passed the cutoffs: check them or the criteria</source>
        <translation>没有论文达到阈值：请检查阈值或标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arXiv&apos;s feed had no papers, though it was neither a weekend nor a holiday</source>
        <translation>arXiv 订阅源没有论文，但当天既不是周末也不是假日</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All days</source>
        <translation>全部日期</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Every paper in the library, across %n days</source>
        <translation>
            <numerusform>资料库中的全部论文，共 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: counting the papers…</source>
        <translation>%1：正在统计论文…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not fetched. arXiv has a feed for this day, but the library does not have it; &apos;Recover This Day&apos; in the File menu (or &apos;papersift recover --date %2&apos;) rebuilds it from the arXiv API.</source>
        <translation>%1：未获取。arXiv 有这一天的订阅，但文库中没有；“文件”菜单中的“恢复这一天”（或 &apos;papersift recover --date %2&apos;）会通过 arXiv API 重建它。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n papers</source>
        <translation>
            <numerusform>%1：%n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n relevant</source>
        <translation>
            <numerusform>%n 篇相关</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+54"/>
        <source>%n not scored</source>
        <translation>
            <numerusform>%n 篇未评分</numerusform>
        </translation>
    </message>
    <message>
        <location line="-52"/>
        <source>recovered from the arXiv API (cross-lists may be incomplete)</source>
        <translation>通过 arXiv API 恢复（交叉列表可能不完整）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not fetched</source>
        <translation>未获取</translation>
    </message>
</context>
<context>
    <name>PaperSift::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+68"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Papers to export</source>
        <translation>要导出的论文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown digest</source>
        <translation>Markdown 摘要日报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Papers:</source>
        <translation>论文(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendered preview</source>
        <translation>渲染预览</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source</source>
        <translation>源文本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Rendered</source>
        <translation>预览(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>源文本(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the export to the clipboard</source>
        <translation>将导出内容复制到剪贴板</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Could not read the days in the database: %1</source>
        <translation>无法读取数据库中的日期：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n relevant</source>
        <translation>
            <numerusform>%n 篇相关</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 — %3</source>
        <translation>%2 %1 — %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The feeds listed %n papers this day.</source>
        <translation>
            <numerusform>当天的订阅源共列出 %n 篇论文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The feeds listed %n papers this day as %1, the announce types kept in the settings.</source>
        <translation>
            <numerusform>当天的订阅源列出了 %n 篇公告类型为 %1 的论文（即设置中保留的公告类型）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The digest&apos;s “Total arXiv papers” counts every paper of the feeds, whatever its announce type.</source>
        <translation>摘要日报中的“Total arXiv papers”统计订阅源中的全部论文，不论公告类型。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starred papers (%1)</source>
        <translation>已加星标的论文（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Markdown digest is made for one day</source>
        <translation>Markdown 摘要日报只针对单日生成</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is nothing to export yet. Fetch or import a day first.</source>
        <translation>暂无可导出的内容。请先获取或导入某一天的论文。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the starred papers.</source>
        <translation>无法读取已加星标的论文。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 starred paper</source>
        <translation>1 篇已加星标的论文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 starred papers</source>
        <translation>%1 篇已加星标的论文</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 papers in the digest (relevance ≥ %3, novelty ≥ %4) · scores by %5</source>
        <translation>摘要日报收录了 %2 篇论文中的 %1 篇（相关性 ≥ %3，新颖性 ≥ %4）· 评分来自 %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No paper of %1 reaches the cutoffs with the current criteria and %2. Score the day, or lower the cutoffs in the settings.</source>
        <translation>在当前筛选标准和 %2 下，%1 没有任何论文达到阈值。请为该日评分，或在设置中降低阈值。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No starred papers yet. Star papers in the table (press s) to export them here.</source>
        <translation>还没有已加星标的论文。在表格中为论文加星标（按 s）后即可在此导出。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>无法写入 %1：%2。请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: the disk is full (%2 free). Free some space and try again; any older file there is unchanged.</source>
        <translation>无法保存 %1：磁盘已满（剩余 %2）。请释放一些空间后重试；该位置原有的文件保持不变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save %1: %2. The disk may be full: free some space and try again.</source>
        <translation>无法保存 %1：%2。磁盘可能已满：请释放一些空间后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Export</source>
        <translation>保存导出内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>PaperSift::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+29"/>
        <source>Search titles, authors and abstracts (/)</source>
        <translation>搜索标题、作者和摘要（/）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relevance ≥</source>
        <translation>相关性 ≥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty ≥</source>
        <translation>新颖性 ≥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
</context>
<context>
    <name>PaperSift::KnowYouDialog</name>
    <message>
        <location filename="../ui/knowyoudialog.cpp" line="+43"/>
        <source>How Well Does the Model Know You?</source>
        <translation>模型有多了解你？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Scores of:</source>
        <translation>评分来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model&apos;s relevance · bars: the share of those papers you liked</source>
        <translation>模型给出的相关性 · 柱：其中你喜欢的比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own ranking (Yours)</source>
        <translation>你自己的排序（你的）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yours, on papers it did not train on · bars: the share you liked</source>
        <translation>你的排序，在未用于训练的论文上 · 柱：你喜欢的比例</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your ratings could not be read: %1</source>
        <translation>无法读取你的评分：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is made of your ratings, and you have rated no paper yet: star papers, rate them 1–5 (keys 1–5) or mark them not interested (x), and come back.</source>
        <translation>这里的内容来自你的评分，而你还没有评过任何论文：给论文加星、打 1–5 分（按键 1–5）或标记为不感兴趣（x），然后再来看。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Made of your ratings: %n papers, %1 of them liked (a star or 4–5), the rest disliked (1–2). A paper is picked when the digest would list it (relevance ≥ %2, novelty ≥ %3).</source>
        <translation>
            <numerusform>来自你的评分：%n 篇论文，其中 %1 篇喜欢（加星或 4–5 分），其余不喜欢（1–2 分）。摘要会列出的论文算作入选（相关性 ≥ %2，新颖性 ≥ %3）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an older version</source>
        <translation>较早的版本</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %2 (the criteria in use) · %n rated</source>
        <translation>
            <numerusform>%1 · %2（当前使用的标准）· 已评 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %2 · %n rated</source>
        <translation>
            <numerusform>%1 · %2 · 已评 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Rate %n more papers to get your own ranking (it needs %1 liked and %1 disliked).</source>
        <translation>
            <numerusform>再评 %n 篇论文即可获得你自己的排序（需要喜欢的 %1 篇和不喜欢的 %1 篇）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measuring it on papers it did not train on…</source>
        <translation>正在未用于训练的论文上衡量…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None of the papers you rated has a score from %1.</source>
        <translation>你评过的论文都没有来自 %1 的评分。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Of the %n papers %1 picked that you rated, you liked %2 (precision).</source>
        <translation>
            <numerusform>在 %1 选中且你评过的 %n 篇论文中，你喜欢 %2（精确率）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 picked none of the papers you rated.</source>
        <translation>%1 没有选中你评过的任何论文。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Of the %n papers you liked, it picked %1 (recall).</source>
        <translation>
            <numerusform>在你喜欢的 %n 篇论文中，它选中了 %1（召回率）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No paper you rated has a score yet: score a day, then rate its papers.</source>
        <translation>你评过的论文还没有评分：先为某一天评分，再给它的论文打分。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Too few ratings to measure it on papers it did not train on yet (it needs %1 of each kind).</source>
        <translation>评分太少，还无法在未训练的论文上衡量（每类需要 %1 篇）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision at k, cross-validated in %1 folds: %2 (chance %3).</source>
        <translation>k 处精确率，%1 折交叉验证：%2（随机 %3）。</translation>
    </message>
</context>
<context>
    <name>PaperSift::Library</name>
    <message>
        <location filename="../ui/library.cpp" line="+200"/>
        <source>an older version</source>
        <translation>较旧的版本</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Paper %1 is not in the database.</source>
        <translation>论文 %1 不在数据库中。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
</context>
<context>
    <name>PaperSift::LibraryPage</name>
    <message>
        <location filename="../ui/settings/librarypage.cpp" line="+26"/>
        <source>&amp;Shared library (PostgreSQL)</source>
        <translation>共享资料库 (PostgreSQL)(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lab&apos;s library on its PostgreSQL server: papers and scores are paid for once for everyone, your read marks, stars and notes stay yours. Off: the file on this computer.</source>
        <translation>课题组 PostgreSQL 服务器上的资料库：论文和评分只为所有人付费一次，您的已读标记、星标和笔记仍归您自己。关闭：使用本机上的文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password here: it comes from ~/.pgpass, PGPASSWORD or the keychain. --db on the command line opens another library.</source>
        <translation>此处不填密码：密码来自 ~/.pgpass、PGPASSWORD 或密钥环。命令行中的 --db 会打开另一个资料库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when ~/.pgpass and PGPASSWORD hold none: it goes to the system keychain, never to a file.</source>
        <translation>仅当 ~/.pgpass 和 PGPASSWORD 中都没有密码时填写：它保存到系统密钥环，绝不写入文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claims expire after:</source>
        <translation>认领过期时间(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long another machine waits for a paper this one is scoring, should this one stop without saying so.</source>
        <translation>如果本机在未告知的情况下停止，另一台机器等待本机正在评分的论文的时长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the lab&apos;s stars and &amp;notes</source>
        <translation>显示课题组的星标和笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The table counts who in the lab starred each paper (Lab ★), and the paper pane shows your colleagues&apos; notes under the abstract. Your stars and notes are always visible to them in the shared library.</source>
        <translation>表格统计课题组中有多少人为每篇论文加了星标（课题组 ★），论文窗格在摘要下方显示同事的笔记。在共享资料库中，您的星标和笔记对他们始终可见。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Li&amp;brary</source>
        <translation>资料库(&amp;B)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write the shared library as postgresql://user@host:5432/dbname.</source>
        <translation>请将共享资料库写成 postgresql://user@host:5432/dbname。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password was not saved: no system keychain took it. Put it in ~/.pgpass instead (host:port:database:user:password).</source>
        <translation>密码未保存：没有系统密钥环接收它。请改为写入 ~/.pgpass（host:port:database:user:password）。</translation>
    </message>
</context>
<context>
    <name>PaperSift::LimitsPage</name>
    <message>
        <location filename="../ui/settings/limitspage.cpp" line="+49"/>
        <location line="+9"/>
        <source> papers</source>
        <translation> 篇论文</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Grow with the day&apos;s size</source>
        <translation>随当日论文数量增大(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger batches on big days: fewer requests, a shared prompt sent less often</source>
        <translation>论文多的日子使用更大的批次：请求更少，共享提示词的发送次数也更少</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up to </source>
        <translation>最多 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models lose papers in long lists; PaperSift asks again for the papers a reply left out</source>
        <translation>模型在长列表中会遗漏论文；PaperSift 会重新请求回复中遗漏的论文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest batch</source>
        <translation>最大批次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Batch size:</source>
        <translation>批次大小(&amp;B)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> requests</source>
        <translation> 个请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slow down when the endpoint asks</source>
        <translation>端点要求时减速(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On “too many requests” (HTTP 429) send half as many at once and wait as long as the endpoint says; grow back as answers arrive</source>
        <translation>遇到“请求过多”（HTTP 429）时，同时发送的请求减半，并按端点要求等待；收到回复后逐步恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;In flight at once:</source>
        <translation>同时进行的请求(&amp;I)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-10"/>
        <source> per minute</source>
        <translation> 次/分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request rate:</source>
        <translation>请求速率(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;udget per run:</source>
        <translation>每次运行的预算(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A run that would cost more than the budget stops before it starts.</source>
        <translation>预计费用超出预算的运行会在开始前停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prices in USD per million tokens:</source>
        <translation>价格（美元/百万 token）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model prices</source>
        <translation>模型价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A&amp;dd Model</source>
        <translation>添加模型(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+195"/>
        <location line="+13"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Prices you change are saved in prices.json in the settings folder; the others follow PaperSift&apos;s updates.</source>
        <translation>您修改的价格保存在设置文件夹中的 prices.json 里；其余价格随 PaperSift 的更新而更新。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Limits &amp;&amp; prices</source>
        <translation>限制与价格(&amp;L)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Shipped with PaperSift: its prices can be changed, and reset</source>
        <translation>PaperSift 内置：其价格可以修改，也可以重置</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Row %1 of the price table has no model name: enter one, or remove the row.</source>
        <translation>价格表第 %1 行没有模型名称：请输入名称，或删除该行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is in the price table twice: remove one of them.</source>
        <translation>“%1”在价格表中出现了两次：请删除其中一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The price of “%1” is not a number of 0 or more.</source>
        <translation>“%1”的价格不是大于或等于 0 的数字。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 The shipped prices are shown; saving replaces that file.</source>
        <translation>%1 当前显示的是内置价格；保存时将替换该文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reset to Shipped Price</source>
        <translation>重置为内置价格</translation>
    </message>
</context>
<context>
    <name>PaperSift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+79"/>
        <source>PaperSift</source>
        <translation>PaperSift</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+179"/>
        <source>&amp;Criteria</source>
        <translation>筛选标准(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit your criteria, see their versions, preview the prompt (Ctrl+K)</source>
        <translation>编辑筛选标准、查看其版本、预览提示词（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+36"/>
        <source>The database at %1 could not be opened: %2</source>
        <translation>无法打开位于 %1 的数据库：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="-119"/>
        <source>Next paper</source>
        <translation>下一篇论文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous paper</source>
        <translation>上一篇论文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page through the abstract, then next paper</source>
        <translation>向下翻阅摘要，到底后转到下一篇论文</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark view as read</source>
        <translation>将当前视图标记为已读</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Next unread paper</source>
        <translation>下一篇未读论文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unread paper below this one.</source>
        <translation>此论文下方没有未读论文。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followed authors</source>
        <translation>关注的作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted by rules</source>
        <translation>被规则隐藏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetch &amp;&amp; Score Today</source>
        <translation>获取今日论文并评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch today&apos;s announcements from arXiv and score them (Ctrl+R)</source>
        <translation>从 arXiv 获取今天的公告并评分（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score This &amp;Day</source>
        <translation>为此日评分(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recover This Day</source>
        <translation>恢复这一天(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild this missed day&apos;s new submissions from the arXiv API, then score them</source>
        <translation>通过 arXiv API 重建这一错过日期的新提交，然后为其评分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run; everything scored so far is kept (Esc)</source>
        <translation>停止运行；已完成的评分都会保留（Esc）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Feed Files…</source>
        <translation>导入订阅源文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Day</source>
        <translation>打开演示日(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories, the scoring endpoint, limits and prices, followed authors</source>
        <translation>分类、评分端点、限制与价格、关注的作者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Categories…</source>
        <translation>选择分类…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the day&apos;s digest as Markdown, JSON or BibTeX (Ctrl+E)</source>
        <translation>将当日的摘要日报导出为 Markdown、JSON 或 BibTeX（Ctrl+E）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard &amp;Shortcuts</source>
        <translation>键盘快捷键(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Well Does the Model &amp;Know You?</source>
        <translation>模型有多了解你(&amp;K)？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paper</source>
        <translation>论文(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper Pane &amp;Below the Table</source>
        <translation>论文窗格置于表格下方(&amp;B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Colours</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About PaperSift</source>
        <translation>关于 PaperSift(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About PaperSift</source>
        <translation>关于 PaperSift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;PaperSift %1&lt;/h3&gt;&lt;p&gt;Your daily arXiv, scored against your own criteria.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PaperSift %1&lt;/h3&gt;&lt;p&gt;您的每日 arXiv，按您自己的筛选标准评分。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrows.cpp" line="+42"/>
        <source>Could not read the days: %1</source>
        <translation>无法读取日期列表：%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Could not read the papers: %1</source>
        <translation>无法读取论文：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+43"/>
        <source>A change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrows.cpp" line="-56"/>
        <source>Could not count the papers of each day: %1</source>
        <translation>无法统计每天的论文数：%1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Reading every paper in the library…</source>
        <translation>正在读取资料库中的全部论文…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln papers</source>
        <translation>
            <numerusform>%1 / %Ln 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every paper of this day is scored.</source>
        <translation>该日的所有论文均已评分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be opened — see the message above.</source>
        <translation>无法打开数据库——请查看上方的消息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You follow no one yet — add authors in Settings, or right-click a paper to follow one of its authors.</source>
        <translation>您尚未关注任何作者——请在设置中添加作者，或右键单击论文以关注其作者之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No papers match — Esc clears the filter.</source>
        <translation>没有匹配的论文——按 Esc 可清除筛选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have read every paper here. [ and ] go to the days before and after.</source>
        <translation>这里的每篇论文您都已读过。按 [ 和 ] 可切换到前一天和后一天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the authors you follow has a paper here.</source>
        <translation>您关注的作者在这里没有论文。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and the model agree on every paper you rated here. Papers it picked that you rated 1–2, and papers it scored 4 or less that you starred or rated 4–5, would be listed.</source>
        <translation>你和模型对这里你评过的每篇论文看法一致。这里会列出：它选中而你打了 1–2 分的论文，以及它打了 4 分或更低而你加星或打了 4–5 分的论文。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No paper here is hidden by a “never show” rule. Settings → Rules holds your rules.</source>
        <translation>这里没有被“永不显示”规则隐藏的论文。你的规则在 设置 → 规则 中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No papers in this view.</source>
        <translation>此视图中没有论文。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No starred papers yet — press S on a paper to star it.</source>
        <translation>还没有已加星标的论文——选中论文后按 S 即可加星标。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No papers yet — choose your categories, open the demo day, or fetch today&apos;s papers.</source>
        <translation>还没有论文——请选择您的分类、打开演示日，或获取今天的论文。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This day was never fetched: PaperSift did not run that evening. Recover rebuilds its new submissions from the arXiv API and scores them; cross-lists of older papers may be missing.</source>
        <translation>这一天从未获取：PaperSift 那天晚上没有运行。“恢复”会通过 arXiv API 重建其新提交并评分；较早论文的交叉列表可能缺失。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>arXiv announced nothing in your categories that day. It announces Sunday to Thursday evenings, US Eastern.</source>
        <translation>arXiv 当天在您的分类中没有发布任何公告。arXiv 在美国东部时间周日至周四晚间发布公告。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+229"/>
        <source>Marked %n papers as read (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>已将 %n 篇论文标记为已读（Ctrl+Z 可撤销）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Import Feed Files</source>
        <translation>导入订阅源文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>arXiv feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation>arXiv 订阅源 (*.xml *.rss *.atom);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Re-score %n papers</source>
        <translation>
            <numerusform>重新评分 %n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Re-score %n papers (free)</source>
        <translation>
            <numerusform>重新评分 %n 篇论文（免费）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Re-score %n papers (≈ $%1)</source>
        <translation>
            <numerusform>重新评分 %n 篇论文（≈ $%1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your criteria are saved. Scores made with the earlier version stay, greyed, until the papers are scored again.</source>
        <translation>您的筛选标准已保存。用旧版本得出的评分会以灰色保留，直到论文重新评分。</translation>
    </message>
</context>
<context>
    <name>PaperSift::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+26"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperActions</name>
    <message>
        <location filename="../ui/paperactions.cpp" line="+48"/>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toggle read</source>
        <translation>切换已读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as Read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as Unread</source>
        <translation>标记为未读</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate %1 of 5</source>
        <translation>评为 %1 分（满分 5 分）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the Rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open abstract page</source>
        <translation>打开摘要页面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Title</source>
        <translation>复制标题</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n titles.</source>
        <translation>
            <numerusform>已复制 %n 个标题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n links.</source>
        <translation>
            <numerusform>已复制 %n 个链接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Copied %n BibTeX entries.</source>
        <translation>
            <numerusform>已复制 %n 条 BibTeX 条目。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy BibTeX</source>
        <translation>复制 BibTeX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the First Author</source>
        <translation>关注第一作者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the Last Author</source>
        <translation>关注最后作者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find This Author&apos;s Papers in All Days</source>
        <translation>在全部日期中查找该作者的论文</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Rate</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Follow %1</source>
        <translation>关注 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find %1&apos;s Papers in All Days</source>
        <translation>在全部日期中查找 %1 的论文</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You follow %1 already.</source>
        <translation>您已关注 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be followed: %2 cannot be written.</source>
        <translation>无法关注 %1：无法写入 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You follow %1 now: their papers are marked and always kept.</source>
        <translation>您现在关注了 %1：其论文会被标记并始终保留。</translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperTableModel</name>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="+228"/>
        <source>Relevance %1 of 10</source>
        <translation>相关性 %1 分（满分 10 分）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Novelty %1 of 10</source>
        <translation>新颖性 %1 分（满分 10 分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Not starred</source>
        <translation>未加星标</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+28"/>
        <source>Starred by %n in the lab</source>
        <translation>
            <numerusform>课题组中有 %n 人加了星标</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Your ranking %1 of 10</source>
        <translation>我的排序：%1 / 10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not ranked</source>
        <translation>未排序</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Always kept, by your rule “%1”</source>
        <translation>始终保留，依据你的规则“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always kept: an author you follow wrote it</source>
        <translation>始终保留：作者是你关注的人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden by a “never show” rule, and not scored</source>
        <translation>被“永不显示”规则隐藏，不评分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You rated it %1 of 5</source>
        <translation>您的评分：%1 分（满分 5 分）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Starred by %n in the lab, you among them</source>
        <translation>
            <numerusform>课题组中有 %n 人加了星标，包括您</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yours: %1 of 10, how much it resembles the papers you liked (5 is undecided, 8 and more is clearly on their side).</source>
        <translation>我的：%1 / 10，与你喜欢的论文有多相似（5 表示难以判断，8 及以上明显偏向它们）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The title filter found it irrelevant, so no scores were asked for.</source>
        <translation>标题筛选判定其不相关，因此未请求评分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scored with criteria %1, before your last edit of the criteria.</source>
        <translation>使用筛选标准 %1 评分，早于您最近一次修改筛选标准。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Novelty</source>
        <translation>新颖性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred by the lab</source>
        <translation>课题组星标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own ranking, learned from your ratings</source>
        <translation>我的排序，从你的评分中学习得出</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rel.</source>
        <comment>relevance, as a short column heading</comment>
        <translation>相关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nov.</source>
        <comment>novelty, as a short column heading</comment>
        <translation>新颖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cat.</source>
        <comment>category, as a short column heading</comment>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lab ★</source>
        <comment>how many of the lab starred a paper, as a short column heading</comment>
        <translation>课题组 ★</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours</source>
        <comment>the reader&apos;s own learned ranking, as a short column heading</comment>
        <translation>我的</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announced</source>
        <translation>公告日期</translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperTableView</name>
    <message>
        <location filename="../ui/papertableview.cpp" line="+38"/>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperView</name>
    <message>
        <location filename="../ui/paperview.cpp" line="+172"/>
        <location line="+12"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Star</source>
        <translation>星标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star this paper (S)</source>
        <translation>为这篇论文加星标（S）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read or unread (M)</source>
        <translation>标记为已读或未读（M）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstract page</source>
        <translation>摘要页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the arXiv abstract page (O)</source>
        <translation>打开 arXiv 摘要页面（O）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF (P)</source>
        <translation>打开 PDF（P）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show or hide your notes on this paper</source>
        <translation>显示或隐藏您对这篇论文的笔记</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your notes on this paper, saved as you type</source>
        <translation>您对这篇论文的笔记，输入时自动保存</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Follow %1</source>
        <translation>关注 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find %1&apos;s Papers in All Days</source>
        <translation>在全部日期中查找 %1 的论文</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Select a paper to read its abstract.</source>
        <translation>选择一篇论文以阅读其摘要。</translation>
    </message>
    <message numerus="yes">
        <location line="-218"/>
        <source>%n more…</source>
        <translation>
            <numerusform>另外 %n 位…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scorecard.cpp" line="+68"/>
        <source>Not scored yet.</source>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Relevance &lt;b&gt;%1&lt;/b&gt;/10</source>
        <translation>相关性 &lt;b&gt;%1&lt;/b&gt;/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Novelty &lt;b&gt;%1&lt;/b&gt;/10</source>
        <translation>新颖性 &lt;b&gt;%1&lt;/b&gt;/10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyword matches:</source>
        <translation>关键词匹配：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1&apos;s comment:</source>
        <translation>%1 的评语：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>keyword scorer</source>
        <translation>关键词评分</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not relevant by its title (%1&apos;s title filter)</source>
        <translation>按标题判定为不相关（%1 的标题筛选）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an older version</source>
        <translation>较旧的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a newer version</source>
        <translation>较新的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of date: scored with criteria %1; the criteria in use are %2. Score the day again to update it.</source>
        <translation>已过时：评分所用的筛选标准为 %1，当前使用的筛选标准为 %2。请重新为此日评分以更新。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyword scorer: relevance %1/10</source>
        <translation>关键词评分：相关性 %1/10</translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="+359"/>
        <source>Comments: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal: %1</source>
        <translation>期刊：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s note · %2</source>
        <translation>%1 的笔记 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show rendered math</source>
        <translation>显示渲染后的公式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show TeX source</source>
        <translation>显示 TeX 源码</translation>
    </message>
</context>
<context>
    <name>PaperSift::RankingController</name>
    <message numerus="yes">
        <location filename="../ui/rankingcontroller.cpp" line="+61"/>
        <source>Rate %n more papers to get your own ranking (a star or 4–5 is liked, 1–2 or “Not interested” disliked; it needs %1 of each).</source>
        <translation>
            <numerusform>再评分 %n 篇论文即可获得你自己的排序（星标或 4–5 分表示喜欢，1–2 分或“不感兴趣”表示不喜欢；每种各需 %1 篇）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trained on %1 liked and %2 disliked papers.</source>
        <translation>已用 %1 篇喜欢的论文和 %2 篇不喜欢的论文训练。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too few ratings yet to measure how well it ranks.</source>
        <translation>评分还太少，无法衡量它排序的效果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of its top picks among your own ratings (held out, %1 folds), %2 are papers you liked; chance is %3.</source>
        <translation>在你自己的评分中（留出验证，%1 折），它排在最前面的论文里有 %2 是你喜欢的；随机水平为 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyword scorer gets %1.</source>
        <translation>关键词评分为 %1。</translation>
    </message>
</context>
<context>
    <name>PaperSift::ReadingController</name>
    <message numerus="yes">
        <location filename="../ui/readingcontroller.cpp" line="+89"/>
        <source>Mark %n as Read</source>
        <translation>
            <numerusform>将 %n 篇标记为已读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Mark %n as Unread</source>
        <translation>
            <numerusform>将 %n 篇标记为未读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Star %n</source>
        <translation>
            <numerusform>为 %n 篇加星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Unstar %n</source>
        <translation>
            <numerusform>取消 %n 篇的星标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n papers are read again.</source>
        <translation>
            <numerusform>%n 篇论文已重新标记为已读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n papers are unread again.</source>
        <translation>
            <numerusform>%n 篇论文已重新标记为未读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n papers are starred again.</source>
        <translation>
            <numerusform>%n 篇论文已重新加星标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n papers are no longer starred.</source>
        <translation>
            <numerusform>%n 篇论文已取消星标。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSift::RulesPage</name>
    <message>
        <location filename="../ui/settings/rulespage.cpp" line="+28"/>
        <source>Always keep</source>
        <translation>始终保留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never show</source>
        <translation>永不显示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules cost nothing: they act before any scoring. “Always keep” papers are marked in the table and listed first in the digest; “never show” papers are hidden (the view “Muted by rules” lists them), never scored and never paid for. When both match a paper, it is kept.</source>
        <translation>规则不花钱：它们在任何评分之前生效。“始终保留”的论文在表格中有标记，并在摘要中排在最前；“永不显示”的论文被隐藏（“被规则隐藏”视图列出它们），从不评分，也从不付费。两种规则都匹配同一篇论文时，保留它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your rules</source>
        <translation>你的规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papers matching</source>
        <translation>匹配的论文</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+100"/>
        <source>Matches</source>
        <translation>匹配数</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>What the new rule does</source>
        <translation>新规则的作用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The papers the new rule matches</source>
        <translation>新规则匹配的论文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>au:&quot;Yoshua Bengio&quot;, ti:diffusion, &quot;reward model&quot;, cat:cs.CV</source>
        <translation>au:&quot;Yoshua Bengio&quot;, ti:diffusion, &quot;reward model&quot;, cat:cs.CV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rule speaks the search box&apos;s language: words (each the start of a word), &quot;quoted phrases&quot;, au:, ti:, abs:, and cat:cs.LG (or cat:cs for every cs category). Every part must match.</source>
        <translation>规则使用搜索框的语言：词语（每个是词的开头）、&quot;带引号的短语&quot;、au:、ti:、abs: 以及 cat:cs.LG（或 cat:cs 表示所有 cs 类别）。每一部分都必须匹配。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>R&amp;ules</source>
        <translation>规则(&amp;U)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your rules could not be read: %1</source>
        <translation>无法读取你的规则：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved on OK or Apply</source>
        <translation>按“确定”或“应用”时保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a rule to see how many papers of %1 it matches.</source>
        <translation>输入一条规则，查看它匹配 %1 的多少篇论文。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Matches %n papers of %1.</source>
        <translation>
            <numerusform>匹配 %1 的 %n 篇论文。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSift::RunJudgement</name>
    <message>
        <location filename="../app/pipeline/runjudgement.cpp" line="+19"/>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 papers are scored and kept; once the endpoint works, run &apos;%3&apos; to finish.</source>
        <translation>%2 篇论文中已评分 %1 篇并已保留；端点恢复后，请运行“%3”完成剩余部分。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scoring stopped: %1 (%2). %3 %4</source>
        <translation>评分已停止：%1（%2）。%3 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The run reached its deadline of %n minute(s) before %1 had answered for every paper. Raise the deadline (--deadline, or the run/deadlineMin setting) or check the endpoint. </source>
        <translation>
            <numerusform>运行在 %1 回答完所有论文之前达到了 %n 分钟的时限。请延长时限（--deadline，或设置 run/deadlineMin），或检查端点。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped at the budget of $%1 with %2 of %3 papers scored. Everything scored is kept; raise the budget (Settings, or &apos;papersift config set llm/budgetUsd N&apos;) and run again to go on.</source>
        <translation>已达到 $%1 的预算而停止，%3 篇论文中已评分 %2 篇。所有已评分结果均已保留；请提高预算（在设置中，或使用“papersift config set llm/budgetUsd N”）后再次运行以继续。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled with %1 of %2 papers scored; the next run goes on from there.</source>
        <translation>已取消，%2 篇论文中已评分 %1 篇；下次运行将从此处继续。</translation>
    </message>
</context>
<context>
    <name>PaperSift::RunLauncher</name>
    <message>
        <location filename="../ui/runlauncher.cpp" line="+33"/>
        <source>A run is already going; Stop ends it.</source>
        <translation>已有一次运行正在进行；点击“停止”可将其结束。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching and scoring</source>
        <translation>正在获取并评分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoring</source>
        <translation>正在评分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovering</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-scoring with the edited criteria</source>
        <translation>正在使用编辑后的筛选标准重新评分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the demo day</source>
        <translation>正在打开演示日</translation>
    </message>
</context>
<context>
    <name>PaperSift::RunStatusPresenter</name>
    <message numerus="yes">
        <location filename="../ui/runstatuspresenter.cpp" line="+30"/>
        <source>%1 of %Ln papers</source>
        <translation>
            <numerusform>%1 / %Ln 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: %2 papers, %3 scanned, %4 relevant</source>
        <translation>%1：%2 篇论文，已扫描 %3 篇，%4 篇相关</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · $%1</source>
        <translation> · $%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PaperSift</source>
        <translation>PaperSift</translation>
    </message>
</context>
<context>
    <name>PaperSift::ScoringEngine</name>
    <message>
        <location filename="../app/pipeline/modelrun.cpp" line="+140"/>
        <location filename="../app/pipeline/scoringengine.cpp" line="+209"/>
        <location line="+5"/>
        <source>Scoring</source>
        <translation>正在评分</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Filtering titles</source>
        <translation>正在按标题筛选</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>The model gave no score</source>
        <translation>模型未给出评分</translation>
    </message>
</context>
<context>
    <name>PaperSift::ScoringPage</name>
    <message>
        <location filename="../ui/settings/scoringpage.cpp" line="+46"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords (offline, free)</source>
        <translation>关键词（离线、免费）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own ranking (offline, learned from your ratings)</source>
        <translation>我的排序（离线，从你的评分中学习）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sc&amp;orer:</source>
        <translation>评分方式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches the keywords of your criteria against title and abstract. No network, no cost, no comments.</source>
        <translation>将筛选标准中的关键词与标题和摘要进行匹配。无需联网，不产生费用，也没有评语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends title and abstract to the endpoint below and asks for relevance, novelty and a one-line comment.</source>
        <translation>将标题和摘要发送到下方的端点，请求给出相关性、新颖性和一句话评语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranks by what you rated: a model of the papers you starred or rated 4–5 against the ones you rated 1–2. No network, no cost.</source>
        <translation>按你的评分排序：用你加星或评 4–5 分的论文与评 1–2 分的论文训练的模型。无需网络，没有费用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language model when an endpoint is set up, otherwise your own ranking when it ranks your ratings better than the keywords do, otherwise the offline keyword scorer.</source>
        <translation>已设置端点时使用语言模型；否则在你的排序比关键词更能排好你的评分时使用你的排序；否则使用离线关键词评分。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your ranking:</source>
        <translation>我的排序：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. gpt-4o-mini, llama3.1:8b</source>
        <translation>例如 gpt-4o-mini、llama3.1:8b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Key</source>
        <translation>移除密钥(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes this endpoint&apos;s key from the system keychain</source>
        <translation>从系统密钥环中删除此端点的密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name: value; Other-Name: value</source>
        <translation>名称: 值; 其他名称: 值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtra headers:</source>
        <translation>额外请求头(&amp;X)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+335"/>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Asks the endpoint for its models, with the values shown here</source>
        <translation>使用此处显示的值向端点查询其可用模型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Drop clearly unrelated papers by their title first</source>
        <translation>先根据标题剔除明显无关的论文(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One cheap request with the titles only; saves most of the cost on a big day</source>
        <translation>只发送标题的一次低成本请求；在论文较多的日子可节省大部分费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for &amp;JSON replies (response_format)</source>
        <translation>请求 JSON 格式的回复（response_format）(&amp;J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for endpoints that support it; the reply parser copes without it</source>
        <translation>仅适用于支持此功能的端点；即使不启用，回复解析器也能正常处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of each</source>
        <translation> 每类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated &amp;examples:</source>
        <translation>评分示例(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titles of papers you liked and disliked, newest first, written into the criteria when you press Update Examples in the criteria editor. They make a new criteria version, like any edit.</source>
        <translation>你喜欢和不喜欢的论文标题，最新的在前；在标准编辑器中按“更新示例”时写入标准。它们和任何编辑一样会生成新的标准版本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Scoring</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+98"/>
        <source>needs an API key</source>
        <translation>需要 API 密钥</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+98"/>
        <source>no API key needed</source>
        <translation>无需 API 密钥</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Enter the base URL of your endpoint, e.g. http://localhost:8080/v1.</source>
        <translation>请输入端点的基础 URL，例如 http://localhost:8080/v1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL “%1” is not an http(s) URL: enter one like https://api.openai.com/v1.</source>
        <translation>基础 URL“%1”不是 http(s) URL：请输入类似 https://api.openai.com/v1 的地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the model to score with (Test Connection lists them).</source>
        <translation>请输入用于评分的模型（“测试连接”会列出可用模型）。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 needs a key.</source>
        <translation>%1 需要密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not need one unless your server asks for it.</source>
        <translation>%1 不需要密钥，除非您的服务器要求提供。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set by %1</source>
        <translation>由 %1 设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the key in the environment variable %1; it takes precedence over the keychain.</source>
        <translation>正在使用环境变量 %1 中的密钥；它优先于密钥环。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for Test Connection only</source>
        <translation>仅用于“测试连接”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available, so this key is used for Test Connection only and is not saved. For scoring, set PAPERSIFT_API_KEY in the environment.</source>
        <translation>系统密钥环不可用，因此此密钥仅用于“测试连接”，不会被保存。如需评分，请在环境变量中设置 PAPERSIFT_API_KEY。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available (Secret Service or KWallet), so a key cannot be saved here: set PAPERSIFT_API_KEY in the environment instead. %1</source>
        <translation>系统密钥环（Secret Service 或 KWallet）不可用，因此无法在此保存密钥：请改为在环境变量中设置 PAPERSIFT_API_KEY。%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new key goes to the system keychain when you press OK or Apply.</source>
        <translation>按“确定”或“应用”后，新密钥将存入系统密钥环。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking in the system keychain…</source>
        <translation>正在查找系统密钥环…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored in the keychain — type to replace it</source>
        <translation>已存储在密钥环中——输入新密钥即可替换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key for %1 is stored in the system keychain.</source>
        <translation>系统密钥环中已存储 %1 的密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key stored in the system keychain. %1</source>
        <translation>系统密钥环中没有存储密钥。%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Test stopped.</source>
        <translation>测试已停止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an http(s) URL: enter the base URL, e.g. http://localhost:11434/v1.</source>
        <translation>“%1”不是 http(s) URL：请输入基础 URL，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>S&amp;top Test</source>
        <translation>停止测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询其模型…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connected to %1: it lists one model.</source>
        <translation>已连接到 %1：列出了一个模型。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1: %n models listed.</source>
        <translation>
            <numerusform>已连接到 %1：列出了 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not among them: choose one from the Model list.</source>
        <translation>“%1”不在其中：请从模型列表中选择一个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not trained yet: rate papers (1–5, a star, or x for “Not interested”) and it learns from them.</source>
        <translation>尚未训练：给论文评分（1–5、星标，或按 x 表示“不感兴趣”），它就会从中学习。</translation>
    </message>
</context>
<context>
    <name>PaperSift::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+25"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Saving the key in the system keychain…</source>
        <translation>正在将密钥保存到系统密钥环…</translation>
    </message>
</context>
<context>
    <name>PaperSift::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+45"/>
        <source>Cannot write %1: check that the folder is writable.</source>
        <translation>无法写入 %1：请检查该文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>PaperSift::ShortcutSheet</name>
    <message>
        <location filename="../ui/shortcutsheet.cpp" line="+119"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 or %2</source>
        <comment>two keys for one action</comment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>PaperSift::Sidebar</name>
    <message>
        <location filename="../ui/sidebar.cpp" line="+76"/>
        <location line="+2"/>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followed authors</source>
        <translation>关注的作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted by rules</source>
        <translation>被规则隐藏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
</context>
</TS>
