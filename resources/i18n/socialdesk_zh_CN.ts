<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="41" />
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="41" />
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="46" />
        <source>e.g. @brand_official</source>
        <translation>例如 @brand_official</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="49" />
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="52" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="69" />
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="70" />
        <source>&amp;Handle</source>
        <translation>账号名(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="71" />
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="72" />
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="46" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="47" />
        <source>Handle</source>
        <translation>账号名</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="48" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="49" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="50" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="63" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_model.py" line="63" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="105" />
        <source>Accounts and platforms</source>
        <translation>账号与平台</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="120" />
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="121" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="122" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="123" />
        <source>Add &amp;platform…</source>
        <translation>添加平台(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="164" />
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="165" />
        <source>Remove the account %1? To keep its history, mark it paused instead.</source>
        <translation>删除账号 %1？如需保留其历史记录，请改为标记“已暂停”。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="179" />
        <source>Add platform</source>
        <translation>添加平台</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="180" />
        <source>Name of the platform (e.g. Xiaohongshu 小红书):</source>
        <translation>平台名称（例如 Xiaohongshu 小红书）：</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar/tab.py" line="24" />
        <source>No posts planned yet</source>
        <translation>尚未安排任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="26" />
        <source>The content calendar will hold every post — articles, videos, live streams, image+text and short videos — from draft through legal, compliance and brand review to publishing, week by week.</source>
        <translation>内容日历将按周呈现每一条内容——文章、视频、直播、图文和短视频——从草稿经过法务、合规和品牌审核，直到发布。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../ui/database/opener.py" line="60" />
        <source>Welcome to Social Desk</source>
        <translation>欢迎使用社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="61" />
        <source>Social Desk keeps your team's work in one file on this computer.</source>
        <translation>社媒工作台把团队的全部工作保存在这台电脑上的一个文件里。</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="63" />
        <source>Start with an empty workspace, or explore it filled with demo data first?</source>
        <translation>从空白工作台开始，还是先用演示数据看看？</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="65" />
        <source>Start &amp;empty</source>
        <translation>空白开始(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="66" />
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="88" />
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="132" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="140" />
        <location filename="../../ui/database/opener.py" line="148" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="149" />
        <source>%1 already exists. Choose a new file name, or use Open.</source>
        <translation>%1 已存在。请换一个文件名，或使用“打开”。</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="164" />
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="168" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="183" />
        <location filename="../../ui/database/opener.py" line="189" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="191" />
        <source>Replace the current database with this backup? The current file is kept as a backup too.</source>
        <translation>用此备份替换当前数据库吗？当前文件也会另存为一份备份。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76" />
        <source>This database was made by a newer version of Social Desk. Update the app to open it. The file was not changed.</source>
        <translation>此数据库由更新版本的社媒工作台创建。请先升级应用再打开。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82" />
        <source>This file is not a Social Desk database.</source>
        <translation>此文件不是社媒工作台数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84" />
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>数据库文件已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88" />
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92" />
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>磁盘已满。请释放空间后重试；没有丢失任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96" />
        <source>Someone else changed this record meanwhile. It has been reloaded; try again.</source>
        <translation>其他人同时修改了这条记录。已重新载入，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100" />
        <source>This record no longer exists; it may have been removed elsewhere.</source>
        <translation>这条记录已不存在，可能已在别处被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108" />
        <source>The file could not be read or written: %1</source>
        <translation>无法读写文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121" />
        <source>Social Desk</source>
        <translation>社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127" />
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129" />
        <source>Social Desk hit an unexpected error. Your saved work is safe. Copy the details below and send them to whoever looks after the app.</source>
        <translation>社媒工作台遇到意外错误。已保存的工作是安全的。请复制下面的详细信息，发给负责维护本应用的同事。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141" />
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/errors.py" line="42" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45" />
        <source>Handle</source>
        <translation>账号名</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47" />
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49" />
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>Posting frequency</source>
        <translation>发布频率</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../ui/inbox/tab.py" line="24" />
        <source>No messages to answer</source>
        <translation>没有待回复的消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="26" />
        <source>The inbox will gather comments and direct messages from every managed account, so each one is answered, assigned to a teammate and tracked until it is closed.</source>
        <translation>收件箱将汇集所有托管账号的留言和私信，确保每一条都有人回复、分派给同事并跟进到关闭。</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../ui/kpi/tab.py" line="24" />
        <source>No KPI data yet</source>
        <translation>暂无 KPI 数据</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="26" />
        <source>Import your platforms' analytics exports to chart followers, reads/views, shares, comments, conversions and ROI against the targets of your strategy plan.</source>
        <translation>导入各平台的数据分析导出文件，即可对照策略计划的目标，以图表查看粉丝、阅读量、转发、评论、转化和 ROI。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>Social Desk</source>
        <translation>社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>&amp;Accounts and platforms…</source>
        <translation>账号与平台(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>&amp;About Social Desk</source>
        <translation>关于社媒工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>About Social Desk</source>
        <translation>关于社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>&lt;h3&gt;Social Desk 社媒工作台 %1&lt;/h3&gt;&lt;p&gt;Plans, posts, messages, numbers and appraisals of a social-media team, in one file you own. Works offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Logs: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;社媒工作台 Social Desk %1&lt;/h3&gt;&lt;p&gt;社媒团队的计划、内容、消息、数据和考核，全部保存在一个属于你的文件里。无需联网。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;日志：%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="38" />
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="38" />
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="40" />
        <source>e.g. 王芳 or Emily Zhang</source>
        <translation>例如 王芳 或 Emily Zhang</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="42" />
        <source>Active member of the team</source>
        <translation>在岗成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="60" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="61" />
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="62" />
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_dialog.py" line="64" />
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/team/member_model.py" line="53" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="54" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="55" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="56" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="75" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/team/member_model.py" line="75" />
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="13" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="15" />
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="26" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/database/recovery.py" line="23" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="25" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="28" />
        <source>&amp;Open another…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="31" />
        <source>&amp;Create new…</source>
        <translation>新建(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="35" />
        <source>&amp;Restore a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/database/recovery.py" line="39" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/team/roles.py" line="23" />
        <source>Team lead</source>
        <translation>团队负责人</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="24" />
        <source>Strategy planner</source>
        <translation>策略策划</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="25" />
        <source>Content producer</source>
        <translation>内容策划/制作</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="26" />
        <source>Platform operator</source>
        <translation>平台运营</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="27" />
        <source>Data analyst</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="28" />
        <source>PR &amp; crisis</source>
        <translation>公关/舆情</translation>
    </message>
</context>
<context>
    <name>StrategyTab</name>
    <message>
        <location filename="../../ui/strategy/tab.py" line="28" />
        <source>No strategy plan yet</source>
        <translation>尚无策略计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="30" />
        <source>Year, quarter and month plans will live here: goals, core messages, audience, platforms, content pillars, posting frequency and budget, checked against the calendar and the KPIs.</source>
        <translation>年度、季度和月度计划将在这里：目标、核心信息、受众、平台、内容支柱、发布频率和预算，并与内容日历和 KPI 对照。</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../ui/team/tab.py" line="136" />
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="158" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="170" />
        <source>Remove team member</source>
        <translation>移除团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="171" />
        <source>Remove %1 from the team? You can undo this with Ctrl+Z.</source>
        <translation>将 %1 移出团队？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="189" />
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="198" />
        <source>Filter by name, role or e-mail (Ctrl+F)</source>
        <translation>按姓名、角色或邮箱筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="199" />
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="200" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="201" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="203" />
        <source>No team members yet</source>
        <translation>还没有团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="205" />
        <source>Add the people of your department and their roles — team lead, strategy, content, platform operations, data analysis, PR — so that plans, posts and messages can be assigned to them.</source>
        <translation>添加部门成员及其角色——团队负责人、策略、内容、平台运营、数据分析、公关——之后计划、内容和消息都可以分派给他们。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56" />
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57" />
        <source>an e-mail address needs an @</source>
        <translation>邮箱地址需要包含 @</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>this platform already has that account</source>
        <translation>该平台上已有此账号</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59" />
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60" />
        <source>must not be before the start date</source>
        <translation>不能早于开始日期</translation>
    </message>
</context>
</TS>