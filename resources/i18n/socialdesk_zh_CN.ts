<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="53"/>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="53"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="58"/>
        <source>e.g. @brand_official</source>
        <translation>例如 @brand_official</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="61"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="65"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="73"/>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="74"/>
        <source>&amp;Handle</source>
        <translation>账号名(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="75"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="76"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="26"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="27"/>
        <source>Handle</source>
        <translation>账号名</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="28"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="29"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="42"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="42"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="105"/>
        <source>Accounts and platforms</source>
        <translation>账号与平台</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="111"/>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="113"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="114"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="137"/>
        <source>Add &amp;platform…</source>
        <translation>添加平台(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="156"/>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="178"/>
        <source>Add account %1</source>
        <translation>添加账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="185"/>
        <source>Edit account %1</source>
        <translation>编辑账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="196"/>
        <source>Remove account %1</source>
        <translation>删除账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="198"/>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="200"/>
        <source>Remove the account %1? To keep its history, mark it paused instead. You can undo this with Ctrl+Z.</source>
        <translation>删除账号 %1？如需保留其历史记录，请改为标记为暂停。可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="213"/>
        <source>Add platform</source>
        <translation>添加平台</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="214"/>
        <source>Name of the platform (e.g. Xiaohongshu 小红书):</source>
        <translation>平台名称（例如 Xiaohongshu 小红书）：</translation>
    </message>
</context>
<context>
    <name>ActingButton</name>
    <message>
        <location filename="../../ui/team/acting_button.py" line="75"/>
        <source>No team members yet: add the first in the Team tab</source>
        <translation>还没有团队成员：请在“团队”标签页添加第一位</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="81"/>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="93"/>
        <source>Working as: no team yet</source>
        <translation>当前身份：尚无团队</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="95"/>
        <source>The first member added in the Team tab becomes the team lead.</source>
        <translation>在“团队”标签页添加的第一位成员将成为团队负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="98"/>
        <source>Working as: %1</source>
        <translation>当前身份：%1</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="100"/>
        <source>%1 (%2). Click to work as another member.</source>
        <translation>%1（%2）。点击可切换为其他成员。</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar/tab.py" line="11"/>
        <source>No posts planned yet</source>
        <translation>尚未安排任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="13"/>
        <source>The content calendar will hold every post — articles, videos, live streams, image+text and short videos — from draft through legal, compliance and brand review to publishing, week by week.</source>
        <translation>内容日历将按周呈现每一条内容——文章、视频、直播、图文和短视频——从草稿经过法务、合规和品牌审核，直到发布。</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="34"/>
        <source>Edit competitor</source>
        <translation>编辑竞品</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="34"/>
        <source>Add competitor</source>
        <translation>添加竞品</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="37"/>
        <source>e.g. 抖音, 小红书, 微博</source>
        <translation>例如 抖音、小红书、微博</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="39"/>
        <source>e.g. @brand_official</source>
        <translation>例如 @brand_official</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="42"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="43"/>
        <source>&amp;Platforms</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="44"/>
        <source>&amp;Accounts</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="45"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CompetitorTableModel</name>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="29"/>
        <source>Competitor</source>
        <translation>竞品</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="30"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="31"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="32"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../../ui/database/check.py" line="94"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/database/check.py" line="102"/>
        <source>Database check cancelled.</source>
        <translation>已取消数据库检查。</translation>
    </message>
    <message>
        <location filename="../../ui/database/check.py" line="108"/>
        <location filename="../../ui/database/check.py" line="145"/>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/check.py" line="109"/>
        <source>No problems found in %1.</source>
        <translation>未发现问题：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/database/check.py" line="148"/>
        <source>The database file is damaged: some of its contents cannot be read. Restore it from a backup before making more changes.</source>
        <translation>数据库文件已损坏：部分内容无法读取。请先从备份恢复，再继续修改。</translation>
    </message>
    <message>
        <location filename="../../ui/database/check.py" line="152"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/database/check.py" line="154"/>
        <source>&amp;Restore a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/database/check.py" line="155"/>
        <source>&amp;Open another…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../ui/database/opener.py" line="82"/>
        <source>Social Desk databases (*.db *.sqlite);;All files (*)</source>
        <translation>社媒工作台数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="104"/>
        <source>Welcome to Social Desk</source>
        <translation>欢迎使用社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="105"/>
        <source>Social Desk keeps your team&apos;s work in one file on this computer.</source>
        <translation>社媒工作台把团队的全部工作保存在这台电脑上的一个文件里。</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="107"/>
        <source>Start with an empty workspace, or explore it filled with demo data first?</source>
        <translation>从空白工作台开始，还是先用演示数据看看？</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="109"/>
        <source>Start &amp;empty</source>
        <translation>空白开始(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="110"/>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="166"/>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="199"/>
        <source>Empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="201"/>
        <source>%1 is empty (0 bytes): it is not a database yet. Make it a new, empty Social Desk database?</source>
        <translation>%1 是空文件（0 字节），还不是数据库。要把它建成一个新的空 Social Desk 数据库吗？</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="269"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="277"/>
        <location filename="../../ui/database/opener.py" line="285"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="286"/>
        <source>%1 already exists. Choose a new file name, or use Open.</source>
        <translation>%1 已存在。请换一个文件名，或使用“打开”。</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="301"/>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="305"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="320"/>
        <location filename="../../ui/database/opener.py" line="326"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="328"/>
        <source>Replace the current database with this backup? The current file is kept as a backup too.</source>
        <translation>用此备份替换当前数据库吗？当前文件也会另存为一份备份。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>This database was made by a newer version of Social Desk. Update the app to open it. The file was not changed.</source>
        <translation>此数据库由更新版本的社媒工作台创建。请先升级应用再打开。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>This file is not a Social Desk database.</source>
        <translation>此文件不是社媒工作台数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>数据库文件已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>磁盘已满。请释放空间后重试；没有丢失任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>Someone else changed this record meanwhile. It has been reloaded; try again.</source>
        <translation>其他人同时修改了这条记录。已重新载入，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>This record no longer exists; it may have been removed elsewhere.</source>
        <translation>这条记录已不存在，可能已在别处被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="147"/>
        <source>Social Desk may not read this file (permission denied).</source>
        <translation>Social Desk 无权读取此文件（权限被拒绝）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>This is a folder, not a database file.</source>
        <translation>这是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="149"/>
        <source>A part of this path is a file, not a folder.</source>
        <translation>此路径中有一部分是文件，而不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>There is no database file here.</source>
        <translation>此处没有数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>Social Desk may not create its lock file beside the database.</source>
        <translation>Social Desk 无权在数据库旁创建锁文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>The database file cannot be opened.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>This database is open read-only; the change was not saved.</source>
        <translation>此数据库以只读方式打开，更改未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>This read-only file was made by an older Social Desk and needs an upgrade, which needs permission to write it. The file was not changed.</source>
        <translation>此只读文件由旧版 Social Desk 创建，需要升级，而升级需要写入权限。文件未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>The database file cannot be written to.</source>
        <translation>无法写入数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>This database is open in another Social Desk (%1, process %2, since %3). Open it read-only, or choose another file. For two people working on one database over a network share, use the PostgreSQL team mode.</source>
        <translation>此数据库已在另一个 Social Desk 中打开（%1，进程 %2，自 %3 起）。可以以只读方式打开，或选择其他文件。两人通过网络共享同时使用一个数据库，请使用 PostgreSQL 团队模式。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="189"/>
        <source>This file is empty (0 bytes), so it is not a database yet.</source>
        <translation>此文件为空（0 字节），还不是数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193"/>
        <source>Upgrading this database to this version of Social Desk failed. The file was not changed. The details are in the log: please send them with a bug report.</source>
        <translation>将此数据库升级到当前版本的 Social Desk 失败。文件未作任何更改。详细信息已记入日志：请随错误报告一并发送。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>The database file cannot be opened: %1</source>
        <translation>无法打开数据库文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="233"/>
        <source>The file could not be read or written: %1</source>
        <translation>无法读写文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="252"/>
        <source>Social Desk</source>
        <translation>社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="261"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="263"/>
        <source>Social Desk hit an unexpected error. Your saved work is safe. Copy the details below and send them to whoever looks after the app.</source>
        <translation>社媒工作台遇到意外错误。已保存的工作是安全的。请复制下面的详细信息，发给负责维护本应用的同事。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="275"/>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <location filename="../../ui/strategy/labels.py" line="80"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Handle</source>
        <translation>账号名</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <location filename="../../ui/strategy/labels.py" line="67"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <location filename="../../ui/strategy/labels.py" line="71"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <location filename="../../ui/strategy/labels.py" line="72"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <location filename="../../ui/strategy/labels.py" line="73"/>
        <location filename="../../ui/strategy/labels.py" line="74"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <location filename="../../ui/strategy/labels.py" line="85"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <location filename="../../ui/strategy/labels.py" line="81"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <location filename="../../ui/strategy/labels.py" line="78"/>
        <location filename="../../ui/strategy/labels.py" line="79"/>
        <source>Posting frequency</source>
        <translation>发布频率</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Core messages</source>
        <translation>核心信息</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>Execution path</source>
        <translation>执行路径</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Interaction style</source>
        <translation>互动风格</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>Promotion focus</source>
        <translation>推广重点</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="68"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="70"/>
        <source>Parent plan</source>
        <translation>上级计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="75"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="76"/>
        <location filename="../../ui/strategy/labels.py" line="82"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="77"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="83"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="84"/>
        <source>KPI name</source>
        <translation>KPI 名称</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="86"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="87"/>
        <location filename="../../ui/strategy/labels.py" line="88"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="89"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="90"/>
        <location filename="../../ui/strategy/labels.py" line="91"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/imports/pages.py" line="35"/>
        <location filename="../../ui/imports/pages.py" line="52"/>
        <source>Choose the export file</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="38"/>
        <source>CSV, TSV or TXT in any common encoding, or an Excel workbook (.xlsx, .xls, .ods).</source>
        <translation>常见编码的 CSV、TSV 或 TXT 文件，或 Excel 工作簿（.xlsx、.xls、.ods）。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="43"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="54"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>导出文件 (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="34"/>
        <source>Posts</source>
        <translation>发布量</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="38"/>
        <source>No platform strategies apply to this plan yet, so no posts are planned. Add them under Platforms &amp; pillars.</source>
        <translation>此计划还没有平台策略，因此没有计划发布量。请在“平台与内容支柱”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="49"/>
        <source>Posts are planned from the platform strategies of “%1”.</source>
        <translation>发布量依据“%1”的平台策略计划。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="57"/>
        <source>No posts are scheduled yet: the content calendar will fill this in.</source>
        <translation>尚未排期任何内容：内容日历启用后会在这里显示。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="69"/>
        <source>%1: %2 posts planned for %3 (%4 %5)</source>
        <translation>%1：%3 计划发布 %2 条（%5 %4 条）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="79"/>
        <source>%1: %2 of %3 planned posts scheduled for %4</source>
        <translation>%1：%4 计划 %3 条，已排期 %2 条</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="90"/>
        <source>%1: all %2 planned posts scheduled for %3</source>
        <translation>%1：%3 计划的 %2 条已全部排期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="101"/>
        <source>In all: %1 posts planned for %2.</source>
        <translation>合计：%2 计划发布 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="107"/>
        <source>Content pillars</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="109"/>
        <source>No content pillars yet.</source>
        <translation>还没有内容支柱。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="117"/>
        <source>%1 (%2 only)</source>
        <translation>%1（仅 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="122"/>
        <source>%1: %2% of posts, about %3 planned</source>
        <translation>%1：占发布量 %2%，约计划 %3 条</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="129"/>
        <source>, %1 scheduled</source>
        <translation>，已排期 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="139"/>
        <source>Plan-wide pillars cover %1% of posts; %2% is unassigned.</source>
        <translation>全计划内容支柱覆盖 %1% 的发布量；%2% 未分配。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="147"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="149"/>
        <source>No objectives yet.</source>
        <translation>还没有目标。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="154"/>
        <source>No KPI figures yet: progress shows here once the KPI tab has data.</source>
        <translation>暂无 KPI 数据：KPI 标签页有数据后将在这里显示进度。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="165"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="172"/>
        <source>%1: target %2</source>
        <translation>%1：目标 %2</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="180"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="230"/>
        <source>Select a plan to see how its posts and objectives stand.</source>
        <translation>选择一个计划，查看其发布量和目标的进展。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/imports/models.py" line="116"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="117"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="118"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="119"/>
        <source>By</source>
        <translation>导入人</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="120"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="121"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="122"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="123"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="124"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="137"/>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <location filename="../../ui/imports/models.py" line="137"/>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/imports/labels.py" line="16"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="17"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="18"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="19"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="20"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="21"/>
        <source>Post ID</source>
        <translation>作品 ID</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="22"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="23"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="24"/>
        <source>Post type</source>
        <translation>作品类型</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="25"/>
        <source>Publish time</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="26"/>
        <source>Snapshot date</source>
        <translation>快照日期</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/imports/history.py" line="36"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/imports/history.py" line="47"/>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location filename="../../ui/imports/history.py" line="80"/>
        <source>Rolled back the import of %1: what it added is removed and what it changed is as it was.</source>
        <translation>已回滚 %1 的导入：新增的数据已删除，修改的数据已恢复原样。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/history.py" line="89"/>
        <source>Later imports changed some of its rows: roll those back first.</source>
        <translation>之后的导入修改了其中部分数据：请先回滚那些导入。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/history.py" line="93"/>
        <source>Rolling back %1</source>
        <translation>正在回滚 %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/imports/pages.py" line="77"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="79"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="84"/>
        <source>Save report as CSV…</source>
        <translation>将报告另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="101"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="122"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="140"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rows skipped.</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3，跳过 %4 行。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="149"/>
        <source>Nothing was imported: %1 problem(s). Go back to fix the mapping, or choose to skip the rows with problems.</source>
        <translation>没有导入任何数据：发现 %1 个问题。请返回修改列对应关系，或选择跳过有问题的行。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="155"/>
        <source>Row %1, %2: “%3” %4</source>
        <translation>第 %1 行，%2：“%3” %4</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="170"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="181"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="181"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="187"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="188"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="189"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="190"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/imports/pages.py" line="191"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../ui/imports/labels.py" line="47"/>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="48"/>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="51"/>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="52"/>
        <source>is not a real date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="53"/>
        <source>is not a duration</source>
        <translation>不是时长</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="54"/>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="55"/>
        <source>contains a NUL character</source>
        <translation>含有空字符（NUL）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="58"/>
        <source>is ambiguous: choose day/month or month/day order</source>
        <translation>有歧义：请选择“日/月”或“月/日”顺序</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="61"/>
        <source>is not an account in Social Desk</source>
        <translation>不是社媒工作台中的账号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="64"/>
        <source>is not a platform in Social Desk</source>
        <translation>不是社媒工作台中的平台</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="67"/>
        <source>is not a known metric; add it in the KPI tab first</source>
        <translation>不是已知指标，请先在 KPI 页添加</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="70"/>
        <source>the file does not say which metric this is</source>
        <translation>文件未说明这是哪个指标</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="92"/>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="108"/>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../ui/inbox/tab.py" line="11"/>
        <source>No messages to answer</source>
        <translation>没有待回复的消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="13"/>
        <source>The inbox will gather comments and direct messages from every managed account, so each one is answered, assigned to a teammate and tracked until it is closed.</source>
        <translation>收件箱将汇集所有托管账号的留言和私信，确保每一条都有人回复、分派给同事并跟进到关闭。</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../ui/kpi/tab.py" line="39"/>
        <source>No KPI data yet</source>
        <translation>暂无 KPI 数据</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="41"/>
        <source>Import your platforms&apos; analytics exports to chart followers, reads/views, shares, comments, conversions and ROI against the targets of your strategy plan.</source>
        <translation>导入各平台的数据分析导出文件，即可对照策略计划的目标，以图表查看粉丝、阅读量、转发、评论、转化和 ROI。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="49"/>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="50"/>
        <source>Import history…</source>
        <translation>导入记录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Social Desk</source>
        <translation>社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Social Desk (read-only)</source>
        <translation>Social Desk（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Accounts and platforms…</source>
        <translation>账号与平台(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;About Social Desk</source>
        <translation>关于社媒工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>About Social Desk</source>
        <translation>关于社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&lt;h3&gt;Social Desk 社媒工作台 %1&lt;/h3&gt;&lt;p&gt;Plans, posts, messages, numbers and appraisals of a social-media team, in one file you own. Works offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Logs: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;社媒工作台 Social Desk %1&lt;/h3&gt;&lt;p&gt;社媒团队的计划、内容、消息、数据和考核，全部保存在一个属于你的文件里。无需联网。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;日志：%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="202"/>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="205"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="205"/>
        <source>Store as</source>
        <translation>存为</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="210"/>
        <source>Name for this mapping</source>
        <translation>为此对应关系命名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="211"/>
        <source>Save as preset</source>
        <translation>保存为预设</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="218"/>
        <source>Rows belong to account</source>
        <translation>数据所属账号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="222"/>
        <source>Team preset</source>
        <translation>团队预设</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="231"/>
        <source>Preset found: %1</source>
        <translation>已识别预设：%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="233"/>
        <source>No preset matches these columns: choose a field for each.</source>
        <translation>没有与这些列匹配的预设：请为每列选择字段。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="238"/>
        <source>(no name)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="240"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="248"/>
        <source>(from the file)</source>
        <translation>（取自文件）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="276"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="23"/>
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="23"/>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="25"/>
        <source>e.g. 王芳 or Emily Zhang</source>
        <translation>例如 王芳 或 Emily Zhang</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="27"/>
        <source>Active member of the team</source>
        <translation>在岗成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="39"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="40"/>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="41"/>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="43"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/team/member_model.py" line="28"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="29"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="30"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="41"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="41"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../ui/strategy/plan_dialog.py" line="39"/>
        <source>%1 social media plan</source>
        <translation>%1 社媒计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_dialog.py" line="56"/>
        <source>New year plan</source>
        <translation>新建年度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_dialog.py" line="57"/>
        <source>New quarter plan</source>
        <translation>新建季度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_dialog.py" line="58"/>
        <source>New month plan</source>
        <translation>新建月度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_dialog.py" line="72"/>
        <source>(top level: no plan above it)</source>
        <translation>（顶层：没有上级计划）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_dialog.py" line="75"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_dialog.py" line="76"/>
        <source>&amp;Period</source>
        <translation>周期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_dialog.py" line="77"/>
        <source>Under</source>
        <translation>隶属于</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="119"/>
        <source>Edit research note</source>
        <translation>编辑调研笔记</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="119"/>
        <source>Add research note</source>
        <translation>添加调研笔记</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="126"/>
        <source>comma-separated, e.g. 抖音, 直播, 趋势</source>
        <translation>用逗号分隔，例如 抖音, 直播, 趋势</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="128"/>
        <source>Linked to the plan %1</source>
        <translation>关联到计划 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="130"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="131"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="132"/>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="133"/>
        <source>&amp;Note</source>
        <translation>笔记(&amp;N)</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="113"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="114"/>
        <source>Research note</source>
        <translation>调研笔记</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="115"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="39"/>
        <source>Edit objective</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="39"/>
        <source>Add objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="46"/>
        <source>e.g. KOL collaborations</source>
        <translation>例如 KOL 合作数</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="55"/>
        <source>e.g. 50000</source>
        <translation>例如 50000</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="72"/>
        <source>&amp;KPI</source>
        <translation>KPI(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="73"/>
        <source>KPI &amp;name</source>
        <translation>KPI 名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="74"/>
        <source>&amp;Scope</source>
        <translation>范围(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="75"/>
        <source>&amp;For</source>
        <translation>对象(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="76"/>
        <source>&amp;Target</source>
        <translation>目标值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="77"/>
        <source>&amp;Period</source>
        <translation>周期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="78"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_dialog.py" line="124"/>
        <source>(as before)</source>
        <translation>（保持不变）</translation>
    </message>
</context>
<context>
    <name>ObjectiveTableModel</name>
    <message>
        <location filename="../../ui/strategy/objective_model.py" line="36"/>
        <source>%1 (removed)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_model.py" line="46"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_model.py" line="47"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_model.py" line="48"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_model.py" line="49"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_model.py" line="50"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objective_model.py" line="51"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ObjectivesPanel</name>
    <message>
        <location filename="../../ui/strategy/objectives_panel.py" line="37"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objectives_panel.py" line="38"/>
        <source>Add objective…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objectives_panel.py" line="59"/>
        <source>No objectives yet. Name the KPIs this plan is measured by — follower growth, reads, shares, conversion rate… — with a target each. The KPI tab and appraisals use them.</source>
        <translation>还没有目标。列出衡量此计划的 KPI——粉丝增长、阅读量、转发、转化率……——并为每项设定目标值。KPI 标签页和绩效考核会使用它们。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objectives_panel.py" line="78"/>
        <source>Add objective %1</source>
        <translation>添加目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objectives_panel.py" line="87"/>
        <source>Edit objective %1</source>
        <translation>编辑目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/objectives_panel.py" line="92"/>
        <source>Remove objective %1</source>
        <translation>删除目标 %1</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="71"/>
        <source>Add observation</source>
        <translation>添加观测数据</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="80"/>
        <source>e.g. 1250000</source>
        <translation>例如 1250000</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="82"/>
        <source>(any platform)</source>
        <translation>（任意平台）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="85"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="86"/>
        <source>&amp;Metric</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="87"/>
        <source>&amp;Value</source>
        <translation>数值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_dialogs.py" line="88"/>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="74"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="75"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_models.py" line="76"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
</context>
<context>
    <name>PillarDialog</name>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="114"/>
        <source>Edit content pillar</source>
        <translation>编辑内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="114"/>
        <source>Add content pillar</source>
        <translation>添加内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="117"/>
        <source>e.g. product seeding, brand story</source>
        <translation>例如 产品种草、品牌故事</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="120"/>
        <source>e.g. 40</source>
        <translation>例如 40</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="122"/>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="127"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="128"/>
        <source>&amp;Share of posts (%)</source>
        <translation>发布占比（%）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="129"/>
        <source>&amp;Applies to</source>
        <translation>适用于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="130"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PillarTableModel</name>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="84"/>
        <source>Pillar</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="85"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="86"/>
        <source>Share of posts</source>
        <translation>发布占比</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="87"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="95"/>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="99"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="128"/>
        <source>New plan %1</source>
        <translation>新建计划 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="137"/>
        <source>Copy %1 to the next period</source>
        <translation>将 %1 复制到下一周期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="147"/>
        <source>Archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="161"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="160"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="165"/>
        <source>Delete the plan “%1”?</source>
        <translation>删除计划“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="168"/>
        <source>%n sub-plan(s)</source>
        <translation>
            <numerusform>%n 个子计划</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="170"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="172"/>
        <source>%n platform strategy(ies)</source>
        <translation>
            <numerusform>%n 个平台策略</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="174"/>
        <source>%n content pillar(s)</source>
        <translation>
            <numerusform>%n 个内容支柱</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="176"/>
        <source>It takes with it: %1.</source>
        <translation>将一并删除：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="180"/>
        <source>%n linked research note(s) will stay, unlinked.</source>
        <translation>
            <numerusform>%n 条关联的调研笔记会保留，但解除关联。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="183"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="200"/>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="201"/>
        <source>New &amp;year plan…</source>
        <translation>新建年度计划(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="202"/>
        <source>New &amp;quarter plan…</source>
        <translation>新建季度计划(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="203"/>
        <source>New &amp;month plan…</source>
        <translation>新建月度计划(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="204"/>
        <source>&amp;Copy to next period</source>
        <translation>复制到下一周期(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="206"/>
        <source>Copy this plan and its sub-plans, strategies and objectives, as drafts</source>
        <translation>将此计划及其子计划、策略和目标复制为草稿</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="208"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="209"/>
        <source>Archive this plan and every plan under it</source>
        <translation>归档此计划及其下所有计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="210"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="211"/>
        <source>&amp;Export / Print…</source>
        <translation>导出/打印(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="212"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="277"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="63"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="44"/>
        <location filename="../../ui/strategy/plan_document.py" line="93"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="46"/>
        <location filename="../../ui/strategy/plan_document.py" line="94"/>
        <location filename="../../ui/strategy/plan_document.py" line="194"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="50"/>
        <location filename="../../ui/strategy/plan_document.py" line="95"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="54"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="57"/>
        <source>Not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="60"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="70"/>
        <source>Place in the plan tree</source>
        <translation>在计划树中的位置</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="75"/>
        <source>Part of:</source>
        <translation>隶属于：</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="78"/>
        <source>A top-level plan.</source>
        <translation>顶层计划。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="80"/>
        <source>Sub-plans:</source>
        <translation>子计划：</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="92"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="99"/>
        <source>No sub-plans.</source>
        <translation>没有子计划。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="105"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="106"/>
        <source>Core messages</source>
        <translation>核心信息</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="107"/>
        <source>Target audience</source>
        <translation>目标受众</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="108"/>
        <source>Execution path</source>
        <translation>执行路径</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="109"/>
        <location filename="../../ui/strategy/plan_document.py" line="129"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="115"/>
        <source>Platform strategies</source>
        <translation>平台策略</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="118"/>
        <source>No platform strategies yet.</source>
        <translation>还没有平台策略。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="123"/>
        <source>Platform / account</source>
        <translation>平台/账号</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="124"/>
        <source>Posting frequency</source>
        <translation>发布频率</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="125"/>
        <source>Interaction style</source>
        <translation>互动风格</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="126"/>
        <source>Promotion focus</source>
        <translation>推广重点</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="147"/>
        <source>Content pillars</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="150"/>
        <source>No content pillars yet.</source>
        <translation>还没有内容支柱。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="154"/>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="165"/>
        <location filename="../../ui/strategy/plan_document.py" line="289"/>
        <source>Pillar</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="166"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="167"/>
        <location filename="../../ui/strategy/plan_document.py" line="290"/>
        <source>Share of posts</source>
        <translation>发布占比</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="168"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="180"/>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="186"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="188"/>
        <source>No objectives yet.</source>
        <translation>还没有目标。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="191"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="192"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="193"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="199"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="218"/>
        <source>Progress is shown once KPI data have been recorded.</source>
        <translation>录入 KPI 数据后显示进度。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="236"/>
        <source>Plan health</source>
        <translation>计划健康度</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="239"/>
        <source>Posts are planned by the platform strategies of “%1”, the plan above.</source>
        <translation>发布量依据上级计划“%1”的平台策略计划。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="247"/>
        <source>No calendar data yet: scheduled posts are counted once the content calendar is in use.</source>
        <translation>暂无日历数据：启用内容日历后统计已排期的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="255"/>
        <source>No posts are planned.</source>
        <translation>没有计划发布量。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="257"/>
        <source>Planned posts</source>
        <translation>计划发布</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="258"/>
        <source>Scheduled posts</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="269"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="296"/>
        <source>Research notes</source>
        <translation>调研笔记</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="299"/>
        <source>No research notes are linked.</source>
        <translation>没有关联的调研笔记。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_document.py" line="317"/>
        <source>Printed %1 · Social Desk</source>
        <translation>打印于 %1 · 社媒工作台</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <location filename="../../ui/strategy/export.py" line="62"/>
        <location filename="../../ui/strategy/export.py" line="161"/>
        <source>Export plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/export.py" line="63"/>
        <source>Export “%1” as a printable document in the interface language.</source>
        <translation>以界面语言将“%1”导出为可打印文档。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/export.py" line="70"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/export.py" line="74"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/export.py" line="93"/>
        <source>Save plan as PDF</source>
        <translation>将计划另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/export.py" line="95"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/export.py" line="127"/>
        <source>Preparing the plan for export…</source>
        <translation>正在准备导出计划…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/export.py" line="148"/>
        <source>Plan saved as %1</source>
        <translation>计划已保存为 %1</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="163"/>
        <location filename="../../ui/strategy/plan_form.py" line="288"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="246"/>
        <source>rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="247"/>
        <location filename="../../ui/strategy/plan_form.py" line="248"/>
        <source>change period</source>
        <translation>修改周期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="249"/>
        <source>change status</source>
        <translation>修改状态</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="250"/>
        <source>change budget</source>
        <translation>修改预算</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="251"/>
        <source>change owner</source>
        <translation>修改负责人</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="254"/>
        <location filename="../../ui/strategy/plan_form.py" line="256"/>
        <source>edit plan</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="258"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="263"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="264"/>
        <source>&amp;Level</source>
        <translation>层级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="265"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="266"/>
        <source>&amp;Period</source>
        <translation>周期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="267"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="268"/>
        <source>&amp;Budget</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="269"/>
        <source>&amp;Goals</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="270"/>
        <source>Core &amp;messages</source>
        <translation>核心信息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="271"/>
        <source>Target &amp;audience</source>
        <translation>目标受众(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="272"/>
        <source>E&amp;xecution path</source>
        <translation>执行路径(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="273"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="277"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="278"/>
        <source>e.g. 2026 Q2 social media plan</source>
        <translation>例如 2026 年第二季度社媒计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="279"/>
        <source>What this period must achieve</source>
        <translation>本周期必须达成的结果</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="280"/>
        <source>What every post should carry</source>
        <translation>每条内容都要传达的信息</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="281"/>
        <source>Who the content is for</source>
        <translation>内容面向的人群</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="282"/>
        <source>Phases, campaigns, milestones</source>
        <translation>阶段、活动、里程碑</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../ui/strategy/plan_model.py" line="155"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_model.py" line="156"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_model.py" line="157"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_model.py" line="184"/>
        <source>%1 plan · %2</source>
        <translation>%1计划 · %2</translation>
    </message>
</context>
<context>
    <name>PlatformStrategyDialog</name>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="35"/>
        <source>Edit platform strategy</source>
        <translation>编辑平台策略</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="35"/>
        <source>Add platform strategy</source>
        <translation>添加平台策略</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="43"/>
        <source>e.g. 5</source>
        <translation>例如 5</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="53"/>
        <source>e.g. reply to comments within 2 hours</source>
        <translation>例如 2 小时内回复评论</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="55"/>
        <source>e.g. live-stream sales with creators</source>
        <translation>例如 与达人直播带货</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="58"/>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="59"/>
        <source>A&amp;ccount</source>
        <translation>账号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="60"/>
        <source>Posting &amp;frequency</source>
        <translation>发布频率(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="61"/>
        <source>&amp;Interaction style</source>
        <translation>互动风格(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="62"/>
        <source>Promotion f&amp;ocus</source>
        <translation>推广重点(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="63"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_dialogs.py" line="87"/>
        <source>All accounts on this platform</source>
        <translation>该平台全部账号</translation>
    </message>
</context>
<context>
    <name>PlatformsPanel</name>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="52"/>
        <source>Platform strategies</source>
        <translation>平台策略</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="53"/>
        <source>Add platform…</source>
        <translation>添加平台…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="59"/>
        <source>Content pillars</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="60"/>
        <source>Add pillar…</source>
        <translation>添加内容支柱…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="96"/>
        <source>This plan has no platform strategies of its own, so its posts are planned from “%1”. Add one here to plan this period differently.</source>
        <translation>此计划没有自己的平台策略，发布量按“%1”计划。如需本周期另行安排，请在这里添加。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="101"/>
        <source>No platform strategies yet. Add one per platform (or account) with its posting frequency, interaction style and promotion focus.</source>
        <translation>还没有平台策略。为每个平台（或账号）添加一条，写明发布频率、互动风格和推广重点。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="113"/>
        <source>Plan-wide pillars take %1% of posts (%2% unassigned). A pillar for one platform shares that platform&apos;s posts instead.</source>
        <translation>全计划内容支柱占发布量的 %1%（%2% 未分配）。单个平台的内容支柱只分配该平台的发布量。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="120"/>
        <source>No content pillars yet: add the themes posts should cover and the share of posts each should take.</source>
        <translation>还没有内容支柱：添加内容应覆盖的主题，以及每个主题的发布占比。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="144"/>
        <source>Add %1 strategy</source>
        <translation>添加 %1 策略</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="153"/>
        <source>Edit %1 strategy</source>
        <translation>编辑 %1 策略</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="158"/>
        <source>Remove %1 strategy</source>
        <translation>删除 %1 策略</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="172"/>
        <source>Add pillar %1</source>
        <translation>添加内容支柱 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="179"/>
        <source>Edit pillar %1</source>
        <translation>编辑内容支柱 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platforms_panel.py" line="184"/>
        <source>Remove pillar %1</source>
        <translation>删除内容支柱 %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="13"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="15"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/imports/models.py" line="67"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="291"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="299"/>
        <source>Dates: detect (ask when unclear)</source>
        <translation>日期：自动识别（不明确时询问）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="300"/>
        <source>Dates: month/day/year (08/01 = 1 August)</source>
        <translation>日期：月/日/年（08/01 = 8 月 1 日）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="301"/>
        <source>Dates: day/month/year (08/01 = 8 January)</source>
        <translation>日期：日/月/年（08/01 = 1 月 8 日）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="303"/>
        <source>Skip rows with problems (they are listed in the report)</source>
        <translation>跳过有问题的行（会在报告中列出）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="320"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="330"/>
        <source>a metric</source>
        <translation>一个指标</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="338"/>
        <source>%1 of the first %2 rows have problems (in red; point at a cell for the reason).</source>
        <translation>前 %2 行中有 %1 行存在问题（红色标出；鼠标指向单元格可查看原因）。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="343"/>
        <source>The first %1 rows read without problems.</source>
        <translation>前 %1 行读取无误。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="349"/>
        <source>Still to choose: %1.</source>
        <translation>尚需选择：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="355"/>
        <source>Ignored columns: %1.</source>
        <translation>忽略的列：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="358"/>
        <source>Some dates could be day/month or month/day: choose below.</source>
        <translation>部分日期既可理解为日/月，也可理解为月/日：请在下方选择。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/database/recovery.py" line="34"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="36"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="38"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="43"/>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="47"/>
        <source>&amp;Open another…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="49"/>
        <source>&amp;Create new…</source>
        <translation>新建(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="53"/>
        <source>&amp;Restore a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="50"/>
        <source>Competitors</source>
        <translation>竞品</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="51"/>
        <source>Add competitor…</source>
        <translation>添加竞品…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="57"/>
        <source>Observed metrics of the selected competitor</source>
        <translation>所选竞品的观测指标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="58"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="65"/>
        <source>Research notes linked to this plan</source>
        <translation>与此计划关联的调研笔记</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="66"/>
        <source>Add note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="128"/>
        <source>No research notes are linked to this plan yet. Keep market research, interviews and trend notes here, with dates and tags.</source>
        <translation>此计划还没有关联的调研笔记。可在这里记录市场调研、访谈和趋势笔记，并附上日期和标签。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="134"/>
        <source>No competitors yet. Competitors are shared by every plan.</source>
        <translation>还没有竞品。竞品为所有计划共用。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="167"/>
        <source>Add competitor %1</source>
        <translation>添加竞品 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="179"/>
        <source>Edit competitor %1</source>
        <translation>编辑竞品 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="184"/>
        <source>Remove competitor %1</source>
        <translation>删除竞品 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="195"/>
        <source>Add observation of %1</source>
        <translation>添加 %1 的观测数据</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="200"/>
        <source>Remove observation</source>
        <translation>删除观测数据</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="215"/>
        <source>Add research note %1</source>
        <translation>添加调研笔记 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="224"/>
        <source>Edit research note %1</source>
        <translation>编辑调研笔记 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="229"/>
        <source>Remove research note %1</source>
        <translation>删除调研笔记 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/research_panel.py" line="233"/>
        <source>Select a note to read it here.</source>
        <translation>选择一条笔记即可在此阅读。</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="17"/>
        <source>change the team</source>
        <translation>修改团队</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="18"/>
        <source>change accounts and platforms</source>
        <translation>修改账号和平台</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="19"/>
        <source>change the strategy</source>
        <translation>修改策略</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="20"/>
        <source>change campaigns</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="21"/>
        <source>change posts</source>
        <translation>修改发布内容</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="22"/>
        <source>approve posts</source>
        <translation>审核发布内容</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="23"/>
        <source>assign inbox messages</source>
        <translation>分配收件箱消息</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="24"/>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="25"/>
        <source>read other members&apos; appraisals</source>
        <translation>查看其他成员的考核</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="26"/>
        <source>change other members&apos; appraisals</source>
        <translation>修改其他成员的考核</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="41"/>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="43"/>
        <source>%1 may not %2: that needs the role of %3. Nothing was changed.

Ask a team lead for the role, or choose who is working in the status bar.</source>
        <translation>%1 无权%2：这需要%3的角色。未做任何更改。

请向团队负责人申请该角色，或在状态栏中切换当前身份。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/team/roles.py" line="33"/>
        <source>Team lead</source>
        <translation>团队负责人</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="34"/>
        <source>Strategy planner</source>
        <translation>策略策划</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="35"/>
        <source>Content producer</source>
        <translation>内容策划/制作</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="36"/>
        <source>Platform operator</source>
        <translation>平台运营</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="37"/>
        <source>Data analyst</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="38"/>
        <source>PR &amp; crisis</source>
        <translation>公关/舆情</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="118"/>
        <source>Sheet and encoding</source>
        <translation>工作表与编码</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="122"/>
        <location filename="../../ui/imports/wizard.py" line="128"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="129"/>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="133"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="134"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="135"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="156"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="167"/>
        <source>Workbook, sheet “%1”.</source>
        <translation>工作簿，工作表“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="169"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="171"/>
        <source>Text in %1, columns separated by “%2”.</source>
        <translation>%1 编码的文本，列以“%2”分隔。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="175"/>
        <source>Header on row %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="177"/>
        <source>Above it: %1</source>
        <translation>其上方：%1</translation>
    </message>
</context>
<context>
    <name>StrategyLabels</name>
    <message>
        <location filename="../../ui/strategy/labels.py" line="24"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="25"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="26"/>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="29"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="30"/>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="31"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="34"/>
        <source>per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="35"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="38"/>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="39"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="40"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="41"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="42"/>
        <source>ratio</source>
        <translation>倍</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="45"/>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="46"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="47"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="48"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="51"/>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="52"/>
        <source>Follower growth</source>
        <translation>粉丝增长</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="53"/>
        <source>Reads/views</source>
        <translation>阅读量/播放量</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="54"/>
        <source>Reposts/shares</source>
        <translation>转发/分享</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="55"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="56"/>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="57"/>
        <source>Conversions</source>
        <translation>转化数</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="58"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="59"/>
        <source>Ad spend</source>
        <translation>广告花费</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="60"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="61"/>
        <source>Inbox first-response time</source>
        <translation>收件箱首次响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="62"/>
        <source>Custom KPI</source>
        <translation>自定义 KPI</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="114"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="115"/>
        <source>%1 %2</source>
        <comment>count, per week/month</comment>
        <translation>%2 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="163"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/labels.py" line="165"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>StrategyTab</name>
    <message>
        <location filename="../../ui/strategy/tab.py" line="215"/>
        <source>Loading plans…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="260"/>
        <source>Loading plan…</source>
        <translation>正在读取计划内容…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="288"/>
        <source>%1 plan</source>
        <translation>%1计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="293"/>
        <source>owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="295"/>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="298"/>
        <source>under “%1”</source>
        <translation>隶属于“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="350"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="351"/>
        <source>Open or create a database to plan the year, its quarters and months.</source>
        <translation>打开或新建数据库，即可规划全年及各季度、月份。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="356"/>
        <source>No strategy plan yet</source>
        <translation>尚无策略计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="358"/>
        <source>Plans live here as a tree: a year plan, its quarters and their months (any level can be skipped). Each holds goals, core messages, audience, budget, per-platform posting frequency, content pillars and measurable objectives, checked against the calendar and the KPIs.</source>
        <translation>计划以树形结构保存：年度计划、其下的季度计划和月度计划（任何层级都可跳过）。每个计划包含目标、核心信息、受众、预算、各平台发布频率、内容支柱和可衡量的目标，并与内容日历和 KPI 对照。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="364"/>
        <source>Create this year&apos;s plan</source>
        <translation>创建今年的计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="368"/>
        <source>Filter plans by title or period</source>
        <translation>按标题或周期筛选计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="369"/>
        <source>Show archived plans</source>
        <translation>显示已归档计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="370"/>
        <source>New:</source>
        <translation>新建：</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="371"/>
        <source>Year plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="371"/>
        <source>Quarter plan</source>
        <translation>季度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="371"/>
        <source>Month plan</source>
        <translation>月度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="386"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="387"/>
        <source>Platforms &amp;&amp; pillars</source>
        <translation>平台与内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="388"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="389"/>
        <source>Research</source>
        <translation>调研</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="390"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="395"/>
        <source>No plan selected</source>
        <translation>未选择计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="396"/>
        <source>Choose a plan on the left, or make a new one with Ctrl+N.</source>
        <translation>在左侧选择一个计划，或按 Ctrl+N 新建。</translation>
    </message>
</context>
<context>
    <name>StrategyTableModel</name>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="34"/>
        <source>Platform / account</source>
        <translation>平台/账号</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="35"/>
        <source>Posting frequency</source>
        <translation>发布频率</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="36"/>
        <source>Interaction style</source>
        <translation>互动风格</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/platform_models.py" line="37"/>
        <source>Promotion focus</source>
        <translation>推广重点</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../ui/widgets/table_section.py" line="53"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_section.py" line="54"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../ui/team/tab.py" line="135"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="142"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="155"/>
        <source>Remove team member</source>
        <translation>移除团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="156"/>
        <source>Remove %1 from the team? You can undo this with Ctrl+Z.</source>
        <translation>将 %1 移出团队？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="153"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="169"/>
        <source>Filter by name, role or e-mail (Ctrl+F)</source>
        <translation>按姓名、角色或邮箱筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="48"/>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="50"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="51"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="96"/>
        <source>Loading the team…</source>
        <translation>正在读取团队成员…</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="116"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="117"/>
        <source>Open or create a database to list the people of your department.</source>
        <translation>打开或新建一个数据库，以列出部门成员。</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="121"/>
        <source>No team members yet</source>
        <translation>还没有团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="123"/>
        <source>Add the people of your department and their roles — team lead, strategy, content, platform operations, data analysis, PR — so that plans, posts and messages can be assigned to them.</source>
        <translation>添加部门成员及其角色——团队负责人、策略、内容、平台运营、数据分析、公关——之后计划、内容和消息都可以分派给他们。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>an e-mail address needs an @</source>
        <translation>邮箱地址需要包含 @</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>this platform already has that account</source>
        <translation>该平台上已有此账号</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>must not be before the start date</source>
        <translation>不能早于开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>contains a broken character (invalid Unicode)</source>
        <translation>含有损坏的字符（无效的 Unicode）</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>contains a text-direction control character</source>
        <translation>含有文字方向控制字符</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>contains only invisible characters</source>
        <translation>只含有不可见字符</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="31"/>
        <source>the team needs at least one active team lead</source>
        <translation>团队至少需要一位在职的团队负责人</translation>
    </message>
</context>
</TS>
