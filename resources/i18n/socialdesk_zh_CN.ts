<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="54"/>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="54"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="59"/>
        <source>e.g. @brand_official</source>
        <translation>例如 @brand_official</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="62"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="66"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="74"/>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="75"/>
        <source>&amp;Handle</source>
        <translation>账号名(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="76"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="77"/>
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
        <location filename="../../ui/accounts/dialog.py" line="106"/>
        <source>Accounts and platforms</source>
        <translation>账号与平台</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="112"/>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="114"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="115"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="126"/>
        <source>Add &amp;platform…</source>
        <translation>添加平台(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="162"/>
        <source>Add account %1</source>
        <translation>添加账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="169"/>
        <source>Edit account %1</source>
        <translation>编辑账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="180"/>
        <source>Remove account %1</source>
        <translation>删除账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="182"/>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="184"/>
        <source>Remove the account %1? To keep its history, mark it paused instead. You can undo this with Ctrl+Z.</source>
        <translation>删除账号 %1？如需保留其历史记录，请改为标记为暂停。可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="197"/>
        <source>Add platform</source>
        <translation>添加平台</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="198"/>
        <source>Name of the platform (e.g. Xiaohongshu 小红书):</source>
        <translation>平台名称（例如 Xiaohongshu 小红书）：</translation>
    </message>
</context>
<context>
    <name>ActingButton</name>
    <message>
        <location filename="../../ui/team/acting_button.py" line="85"/>
        <source>No team members yet: add the first in the Team tab</source>
        <translation>还没有团队成员：请在“团队”标签页添加第一位</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="102"/>
        <source>Working as: no team yet</source>
        <translation>当前身份：尚无团队</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="104"/>
        <source>The first member added in the Team tab becomes the team lead.</source>
        <translation>在“团队”标签页添加的第一位成员将成为团队负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="107"/>
        <source>Working as: %1</source>
        <translation>当前身份：%1</translation>
    </message>
    <message>
        <location filename="../../ui/team/acting_button.py" line="109"/>
        <source>%1 (%2). Click to work as another member.</source>
        <translation>%1（%2）。点击可切换为其他成员。</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message numerus="yes">
        <location filename="../../ui/inbox/alerts.py" line="53"/>
        <source>and %n more alert(s)</source>
        <translation>
            <numerusform>另有 %n 条警报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/alerts.py" line="66"/>
        <source>Show the %n message(s)</source>
        <translation>
            <numerusform>查看这 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inbox/alerts.py" line="68"/>
        <source>Open an incident</source>
        <translation>创建事件</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/alerts.py" line="71"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/alerts.py" line="81"/>
        <source>all accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/alerts.py" line="87"/>
        <source>Negative spike on %1: %2% negative from %3 to %4 (usually %5%)</source>
        <translation>%1 负面激增：%3 至 %4 负面占比 %2%（平时 %5%）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/alerts.py" line="96"/>
        <source>Risk word “%1” in %n message(s) on %2</source>
        <translation>
            <numerusform>%2 有 %n 条消息含风险词“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/alerts.py" line="101"/>
        <source>Rule “%1” matched %n message(s) on %2</source>
        <translation>
            <numerusform>规则“%1”在 %2 命中 %n 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppraisalLabels</name>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="18"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="19"/>
        <source>Self-review</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="20"/>
        <source>Manager review</source>
        <translation>上级评估</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="21"/>
        <source>Awaiting sign-off</source>
        <translation>待签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="22"/>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="25"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="26"/>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="27"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="28"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="31"/>
        <source>Judgement</source>
        <translation>主观评价</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="32"/>
        <source>Fact-backed</source>
        <translation>数据支撑</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="35"/>
        <source>Posts owned</source>
        <translation>负责的内容数</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="36"/>
        <source>Posts published</source>
        <translation>已发布内容数</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="37"/>
        <source>On-time rate</source>
        <translation>按时完成率</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="38"/>
        <source>Review rejections</source>
        <translation>审核退回次数</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="39"/>
        <source>Inbox messages handled</source>
        <translation>处理的留言/私信数</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="40"/>
        <source>Median first response (min)</source>
        <translation>首次响应时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="43"/>
        <source>SLA breaches</source>
        <translation>超时响应次数</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="44"/>
        <source>Objectives owned</source>
        <translation>负责的目标数</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="45"/>
        <source>Objectives achieved</source>
        <translation>目标达成率</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="46"/>
        <source>Training hours</source>
        <translation>培训时长（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="49"/>
        <location filename="../../ui/appraisal/labels.py" line="50"/>
        <location filename="../../ui/appraisal/labels.py" line="51"/>
        <location filename="../../ui/appraisal/labels.py" line="52"/>
        <source>Calendar tab</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="53"/>
        <location filename="../../ui/appraisal/labels.py" line="54"/>
        <location filename="../../ui/appraisal/labels.py" line="55"/>
        <source>Inbox tab</source>
        <translation>消息中心</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="56"/>
        <location filename="../../ui/appraisal/labels.py" line="57"/>
        <source>Strategy tab</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="58"/>
        <source>Training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="61"/>
        <source>Content creation</source>
        <translation>内容创作</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="62"/>
        <source>Data analysis</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="63"/>
        <source>Platform operations</source>
        <translation>平台运营</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="64"/>
        <source>Crisis response</source>
        <translation>危机应对</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="65"/>
        <source>Strategy</source>
        <translation>策略规划</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="66"/>
        <source>Team management</source>
        <translation>团队管理</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/labels.py" line="99"/>
        <source>not available</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>AppraisalPanel</name>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="175"/>
        <source>%1 · self-review due %2 · manager review due %3</source>
        <translation>%1 · 自评截止 %2 · 上级评估截止 %3</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="192"/>
        <source>Grades: %1</source>
        <translation>等级分布：%1</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="195"/>
        <source>More than %1 % of the graded appraisals have the top grade.</source>
        <translation>最高等级人数超过已评人数的 %1 %。</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="213"/>
        <source>History of %1</source>
        <translation>%1 的历次考核</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="213"/>
        <source>History</source>
        <translation>历次考核</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="222"/>
        <source>No totals yet</source>
        <translation>尚无总分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="320"/>
        <source>Print the cycle to PDF</source>
        <translation>将本期考核打印为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="322"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="342"/>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="343"/>
        <source>New cycle…</source>
        <translation>新建考核周期…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="344"/>
        <source>Edit cycle…</source>
        <translation>编辑考核周期…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="345"/>
        <source>Start self-review</source>
        <translation>开始自评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="346"/>
        <source>Templates…</source>
        <translation>考核模板…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="347"/>
        <source>Open review…</source>
        <translation>打开评估…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/panel.py" line="348"/>
        <source>Print cycle to PDF…</source>
        <translation>打印本期为 PDF…</translation>
    </message>
</context>
<context>
    <name>AppraisalSheet</name>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="86"/>
        <source>Social media marketing department</source>
        <translation>社交媒体营销部</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="87"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="88"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="89"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="90"/>
        <source>Period</source>
        <translation>考核期间</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="91"/>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="93"/>
        <source>Criteria</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="94"/>
        <source>Criterion</source>
        <translation>考核项</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="95"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="96"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="97"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="98"/>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="99"/>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="100"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="101"/>
        <source>Review</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="102"/>
        <source>Strengths</source>
        <translation>优点</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="103"/>
        <source>Improvements</source>
        <translation>待改进</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="104"/>
        <source>Goals for the next period</source>
        <translation>下期目标</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="105"/>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="106"/>
        <source>Member signature</source>
        <translation>员工签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="107"/>
        <source>Manager signature</source>
        <translation>上级签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="108"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="109"/>
        <source>Performance appraisal</source>
        <translation>绩效考核表</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/sheet.py" line="110"/>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — 第 %2 页，共 %3 页</translation>
    </message>
</context>
<context>
    <name>AppraisalTableModel</name>
    <message>
        <location filename="../../ui/appraisal/models.py" line="31"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="32"/>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="33"/>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="35"/>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="36"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>AppraisalTemplateDialog</name>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="47"/>
        <source>Appraisal templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="58"/>
        <source>Criterion</source>
        <translation>考核项</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="59"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="60"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="61"/>
        <source>Lowest</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="62"/>
        <source>Highest</source>
        <translation>最高分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="63"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="64"/>
        <source>Fact</source>
        <translation>工作数据</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="72"/>
        <source>Add criterion</source>
        <translation>添加考核项</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="73"/>
        <source>Remove criterion</source>
        <translation>删除考核项</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="82"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="84"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="183"/>
        <source>Weights add up to 100.</source>
        <translation>权重合计为 100。</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/template_dialog.py" line="187"/>
        <source>Weights add up to %1; they must add up to 100.</source>
        <translation>权重合计为 %1，必须为 100。</translation>
    </message>
</context>
<context>
    <name>AssetsPanel</name>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="339"/>
        <source>Copy into the app&apos;s media folder</source>
        <translation>复制到应用的媒体文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="340"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="341"/>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="357"/>
        <source>Add files to the post</source>
        <translation>为帖子添加文件</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="375"/>
        <source>(missing)</source>
        <translation>（文件缺失）</translation>
    </message>
</context>
<context>
    <name>CalendarBody</name>
    <message>
        <location filename="../../ui/calendar/body.py" line="151"/>
        <source>Colour by:</source>
        <translation>颜色依据：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="155"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="156"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="161"/>
        <source>Export and print</source>
        <translation>导出与打印</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="162"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="163"/>
        <source>Plan vs schedule</source>
        <translation>计划与排期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="220"/>
        <source>Week %1: %2 – %3</source>
        <translation>第 %1 周：%2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="226"/>
        <source>All posts</source>
        <translation>全部帖子</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="240"/>
        <source>No post here matches the filter. “Clear filters” shows them all.</source>
        <translation>这里没有符合筛选条件的帖子。点“清除筛选”显示全部。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="242"/>
        <source>No posts planned for these days.</source>
        <translation>这些日子还没有安排帖子。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="243"/>
        <source>No posts planned for these days: double-click a day to plan one.</source>
        <translation>这些日子还没有安排帖子：双击某一天即可新建。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="261"/>
        <source>Loading more posts…</source>
        <translation>正在加载更多帖子…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/body.py" line="286"/>
        <source>Opening the post…</source>
        <translation>正在打开帖子…</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../../ui/calendar/labels.py" line="17"/>
        <source>Idea</source>
        <translation>创意</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="18"/>
        <source>Drafting</source>
        <translation>撰写中</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="19"/>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="20"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="21"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="22"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="23"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="26"/>
        <source>Start drafting</source>
        <translation>开始撰写</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="27"/>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="28"/>
        <source>Withdraw from review</source>
        <translation>撤回审核</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="29"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="30"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="31"/>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="32"/>
        <source>Unschedule</source>
        <translation>取消排期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="33"/>
        <source>Mark published</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="34"/>
        <source>Back to idea</source>
        <translation>退回创意</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="35"/>
        <source>Cancel post</source>
        <translation>取消帖子</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="36"/>
        <source>Reopen as idea</source>
        <translation>重新打开为创意</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="39"/>
        <source>Above the strategy&apos;s frequency</source>
        <translation>超出策略规定的发布频率</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="40"/>
        <source>Past its time and not published</source>
        <translation>已过发布时间仍未发布</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="41"/>
        <source>Text over the platform&apos;s limit</source>
        <translation>正文超出平台字数限制</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="42"/>
        <source>Title over the platform&apos;s limit</source>
        <translation>标题超出平台字数限制</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="43"/>
        <source>More images than the platform takes</source>
        <translation>图片数量超出平台上限</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="44"/>
        <source>Hashtags in the wrong style</source>
        <translation>话题标签格式不符合平台要求</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="45"/>
        <source>A file is missing</source>
        <translation>有文件缺失</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="46"/>
        <source>A production step is late</source>
        <translation>有制作环节逾期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="49"/>
        <source>Giveaway</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="50"/>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="51"/>
        <source>Challenge</source>
        <translation>挑战赛</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="52"/>
        <source>Launch</source>
        <translation>新品发布</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="53"/>
        <source>Ad placement</source>
        <translation>广告投放</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="54"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CalendarOutputs</name>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="58"/>
        <source>Export as iCalendar (.ics)…</source>
        <translation>导出为 iCalendar 日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="60"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="62"/>
        <source>Export as Excel (.xlsx)…</source>
        <translation>导出为 Excel（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="64"/>
        <source>Print month…</source>
        <translation>打印本月…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="65"/>
        <source>Save month as PDF…</source>
        <translation>本月另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="66"/>
        <source>Campaigns…</source>
        <translation>营销活动…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="67"/>
        <source>Key dates…</source>
        <translation>重要日期…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="80"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="81"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="82"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="83"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="90"/>
        <source>Export the calendar</source>
        <translation>导出内容日历</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="110"/>
        <source>Scheduled</source>
        <translation>排期时间</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="111"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="113"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="114"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="115"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="116"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="117"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="118"/>
        <source>Pillar</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="119"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="120"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="143"/>
        <source>%1 posts exported to %2</source>
        <translation>已导出 %1 条帖子到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="164"/>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/outputs.py" line="166"/>
        <source>Content calendar, %1</source>
        <translation>内容日历，%1</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar/tab.py" line="108"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="108"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="108"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="111"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="112"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="113"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="114"/>
        <source>New post…</source>
        <translation>新建帖子…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="115"/>
        <source>Remove post…</source>
        <translation>删除帖子…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="118"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="120"/>
        <source>The content calendar holds every post — articles, videos, live streams, image+text and short videos — from idea through production and review to publishing. Open or create a database to start.</source>
        <translation>内容日历收纳每一条帖子——文章、视频、直播、图文和短视频——从创意、制作、审核到发布。打开或新建一个数据库即可开始。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="235"/>
        <source>Loading the calendar…</source>
        <translation>正在加载内容日历…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="186"/>
        <location filename="../../ui/calendar/tab.py" line="209"/>
        <location filename="../../ui/calendar/tab.py" line="244"/>
        <source>Loading posts…</source>
        <translation>正在加载帖子…</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="103"/>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="130"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="131"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="132"/>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="133"/>
        <source>&amp;Budget (¥):</source>
        <translation>预算（¥）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="134"/>
        <source>Ad &amp;spend (¥):</source>
        <translation>广告花费（¥）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="135"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="136"/>
        <source>&amp;Accounts:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="137"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="138"/>
        <source>&amp;Results notes:</source>
        <translation>效果记录(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="57"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="59"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="60"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="61"/>
        <source>Ad spend</source>
        <translation>广告花费</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="62"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="63"/>
        <source>Posts</source>
        <translation>帖子数</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="195"/>
        <source>Campaigns and online activities</source>
        <translation>营销活动与线上活动</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="205"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="206"/>
        <source>New campaign…</source>
        <translation>新建营销活动…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="246"/>
        <source>New campaign “%1”</source>
        <translation>新建营销活动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="253"/>
        <source>Edit campaign “%1”</source>
        <translation>编辑营销活动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="259"/>
        <source>Remove campaign “%1”</source>
        <translation>删除营销活动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="261"/>
        <source>Remove campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/campaigns.py" line="262"/>
        <source>Remove “%1”? Its posts stay, without the campaign.</source>
        <translation>删除“%1”？其帖子保留，但不再属于该活动。</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../ui/kpi/comparison_table.py" line="45"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/comparison_table.py" line="46"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/comparison_table.py" line="47"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/comparison_table.py" line="48"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/comparison_table.py" line="49"/>
        <source>Change %</source>
        <translation>变化率</translation>
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
    <name>CycleDialog</name>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="80"/>
        <source>Edit appraisal cycle</source>
        <translation>编辑考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="82"/>
        <source>New appraisal cycle</source>
        <translation>新建考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="98"/>
        <source>no check</source>
        <translation>不检查</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="101"/>
        <source>From each member&apos;s roles</source>
        <translation>按成员岗位</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="111"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="112"/>
        <source>&amp;Period</source>
        <translation>周期类型(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="113"/>
        <source>&amp;Starts</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="114"/>
        <source>&amp;Ends</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="115"/>
        <source>Self-review &amp;due</source>
        <translation>自评截止(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="116"/>
        <source>Manager review d&amp;ue</source>
        <translation>上级评估截止(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="117"/>
        <source>At most this share of the top &amp;grade</source>
        <translation>最高等级人数上限(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="118"/>
        <source>&amp;Template</source>
        <translation>考核模板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="121"/>
        <source>&amp;Grades (from total)</source>
        <translation>等级划分（按总分）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/cycle_dialog.py" line="123"/>
        <source>&amp;Members</source>
        <translation>参加成员(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="205"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="205"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="205"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="205"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="209"/>
        <source>Against the previous period</source>
        <translation>与上期对比</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="210"/>
        <source>Top posts</source>
        <translation>热门内容</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="212"/>
        <source>○ An unusual day: point at it for why. Point at a line for exact values.</source>
        <translation>○ 异常日：鼠标指向可查看原因。指向折线可查看精确数值。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="216"/>
        <source>Unusual days are found against each line&apos;s own recent past: the median of the days before is its usual level, the median distance from it its usual spread (robust: one viral day does not move either). A day far outside that spread is circled as a spike or a drop.</source>
        <translation>异常日以每条折线自身的近期表现为基准判断：此前各天的中位数为常态水平，与之距离的中位数为常态波动（稳健方法：单日爆款不会改变两者）。远超常态波动的一天会被圈出，标为激增或骤降。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/dashboard.py" line="252"/>
        <location filename="../../ui/kpi/dashboard.py" line="297"/>
        <source>Reading KPI figures…</source>
        <translation>正在读取 KPI 数据…</translation>
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
        <location filename="../../ui/database/opener.py" line="95"/>
        <source>Social Desk databases (*.db *.sqlite);;All files (*)</source>
        <translation>社媒工作台数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="132"/>
        <source>Welcome to Social Desk</source>
        <translation>欢迎使用社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="133"/>
        <source>Social Desk keeps your team&apos;s work in one file on this computer.</source>
        <translation>社媒工作台把团队的全部工作保存在这台电脑上的一个文件里。</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="135"/>
        <source>Start with an empty workspace, or explore it filled with demo data first?</source>
        <translation>从空白工作台开始，还是先用演示数据看看？</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="137"/>
        <source>Start &amp;empty</source>
        <translation>空白开始(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="138"/>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="195"/>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="249"/>
        <source>Empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="251"/>
        <source>%1 is empty (0 bytes): it is not a database yet. Make it a new, empty Social Desk database?</source>
        <translation>%1 是空文件（0 字节），还不是数据库。要把它建成一个新的空 Social Desk 数据库吗？</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="319"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="327"/>
        <location filename="../../ui/database/opener.py" line="335"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="336"/>
        <source>%1 already exists. Choose a new file name, or use Open.</source>
        <translation>%1 已存在。请换一个文件名，或使用“打开”。</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="352"/>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="356"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="373"/>
        <location filename="../../ui/database/opener.py" line="379"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/database/opener.py" line="381"/>
        <source>Replace the current database with this backup? The current file is kept as a backup too.</source>
        <translation>用此备份替换当前数据库吗？当前文件也会另存为一份备份。</translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message>
        <location filename="../../ui/calendar/grid_base.py" line="253"/>
        <source>+%1 more</source>
        <translation>还有 %1 条</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/inbox/detail.py" line="99"/>
        <source>No message selected</source>
        <translation>未选择消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="108"/>
        <source>Unknown author</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="111"/>
        <source>on post %1</source>
        <translation>所属作品 %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="123"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="124"/>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="125"/>
        <source>Assignee: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="125"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="126"/>
        <source>Sentiment: %1 (%2)</source>
        <translation>情感：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="130"/>
        <source>corrected</source>
        <translation>已人工修正</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="136"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="139"/>
        <source>First response: %1</source>
        <translation>首次响应：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="144"/>
        <source>OVERDUE since %1</source>
        <translation>已超时（应于 %1 前回复）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="146"/>
        <source>Answer by %1</source>
        <translation>请于 %1 前回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="154"/>
        <source>In the same thread:</source>
        <translation>同一会话：</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="157"/>
        <source>someone</source>
        <translation>某位同事</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="160"/>
        <source>No reply yet.</source>
        <translation>尚未回复。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="169"/>
        <source>Thread and replies</source>
        <translation>会话与回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/detail.py" line="170"/>
        <source>Internal &amp;notes (not sent)</source>
        <translation>内部备注（不发送）(&amp;N)</translation>
    </message>
</context>
<context>
    <name>DialogUndo</name>
    <message>
        <location filename="../../ui/widgets/dialog_undo.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_undo.py" line="44"/>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
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
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/filters.py" line="89"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="90"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="92"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="93"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="94"/>
        <source>Pillar</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="95"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="99"/>
        <source>Search titles, text, tags, notes…</source>
        <translation>搜索标题、正文、标签、备注…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="100"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="120"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="120"/>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="125"/>
        <location filename="../../ui/kpi/filters.py" line="232"/>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="128"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="131"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="131"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="137"/>
        <source>Any sentiment</source>
        <translation>全部情感</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="142"/>
        <source>Any priority</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="145"/>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/filters.py" line="206"/>
        <source>The %n message(s) behind the alert</source>
        <translation>
            <numerusform>警报涉及的 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="221"/>
        <source>Search messages and authors (Ctrl+F)</source>
        <translation>搜索消息内容和用户（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="222"/>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/filters.py" line="223"/>
        <source>Show every message again</source>
        <translation>显示全部消息</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="199"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="200"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="201"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="202"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="203"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="204"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="205"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="206"/>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="212"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="213"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="214"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="217"/>
        <source>All together</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="218"/>
        <source>Per platform</source>
        <translation>分平台</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="219"/>
        <source>Per account</source>
        <translation>分账号</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="231"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="233"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="234"/>
        <source>Platforms shown (none ticked: all)</source>
        <translation>显示的平台（不勾选即全部）</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="235"/>
        <source>Accounts shown (none ticked: all)</source>
        <translation>显示的账号（不勾选即全部）</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="237"/>
        <source>Metrics in the trend chart (up to %1)</source>
        <translation>趋势图中的指标（最多 %1 个）</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/filters.py" line="254"/>
        <source>Any campaign</source>
        <translation>全部营销活动</translation>
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
        <location filename="../../ui/strategy/health_panel.py" line="91"/>
        <source>%1: %2 posts scheduled for %3, more than the %4 planned</source>
        <translation>%1：%3 计划 %4 条，已排期 %2 条，超出计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="102"/>
        <source>%1: all %2 planned posts scheduled for %3</source>
        <translation>%1：%3 计划的 %2 条已全部排期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="113"/>
        <source>In all: %1 posts planned for %2.</source>
        <translation>合计：%2 计划发布 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="119"/>
        <source>Content pillars</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="121"/>
        <source>No content pillars yet.</source>
        <translation>还没有内容支柱。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="129"/>
        <source>%1 (%2 only)</source>
        <translation>%1（仅 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="134"/>
        <source>%1: %2% of posts, about %3 planned</source>
        <translation>%1：占发布量 %2%，约计划 %3 条</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="141"/>
        <source>, %1 scheduled</source>
        <translation>，已排期 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="151"/>
        <source>Plan-wide pillars cover %1% of posts; %2% is unassigned.</source>
        <translation>全计划内容支柱覆盖 %1% 的发布量；%2% 未分配。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="159"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="161"/>
        <source>No objectives yet.</source>
        <translation>还没有目标。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="164"/>
        <source>Reading the KPI figures…</source>
        <translation>正在读取 KPI 数据…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="168"/>
        <source>No KPI figures yet: progress shows here once the KPI tab has data.</source>
        <translation>暂无 KPI 数据：KPI 标签页有数据后将在这里显示进度。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="179"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="186"/>
        <source>%1: target %2</source>
        <translation>%1：目标 %2</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="194"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="244"/>
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
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../ui/appraisal/models.py" line="129"/>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="130"/>
        <source>Period end</source>
        <translation>期末</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="131"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="132"/>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="133"/>
        <source>Grade</source>
        <translation>等级</translation>
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
    <message>
        <location filename="../../ui/imports/labels.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="29"/>
        <source>Author</source>
        <translation>用户昵称</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="30"/>
        <source>Author handle</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="31"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="32"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="33"/>
        <source>Message ID</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="34"/>
        <source>Post link</source>
        <translation>作品链接</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="35"/>
        <source>Thread</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="37"/>
        <source>Account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="38"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="39"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="40"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="42"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/imports/history.py" line="38"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/imports/history.py" line="49"/>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location filename="../../ui/imports/history.py" line="84"/>
        <source>Rolled back the import of %1: what it added is removed and what it changed is as it was.</source>
        <translation>已回滚 %1 的导入：新增的数据已删除，修改的数据已恢复原样。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/history.py" line="93"/>
        <source>Later imports changed some of its rows: roll those back first.</source>
        <translation>之后的导入修改了其中部分数据：请先回滚那些导入。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/history.py" line="97"/>
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
        <location filename="../../ui/imports/labels.py" line="63"/>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="64"/>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="67"/>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="68"/>
        <source>is not a real date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="69"/>
        <source>is not a duration</source>
        <translation>不是时长</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="70"/>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="71"/>
        <source>contains a NUL character</source>
        <translation>含有空字符（NUL）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="74"/>
        <source>is ambiguous: choose day/month or month/day order</source>
        <translation>有歧义：请选择“日/月”或“月/日”顺序</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="77"/>
        <source>is not an account in Social Desk</source>
        <translation>不是社媒工作台中的账号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="80"/>
        <source>is not a platform in Social Desk</source>
        <translation>不是社媒工作台中的平台</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="83"/>
        <source>is not a known metric; add it in the KPI tab first</source>
        <translation>不是已知指标，请先在 KPI 页添加</translation>
    </message>
    <message>
        <location filename="../../ui/imports/labels.py" line="86"/>
        <source>the file does not say which metric this is</source>
        <translation>文件未说明这是哪个指标</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="93"/>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="109"/>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
</context>
<context>
    <name>InboxDialogs</name>
    <message>
        <location filename="../../ui/inbox/tab_actions.py" line="93"/>
        <source>Edit the notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab_actions.py" line="110"/>
        <source>Log the reply to %1</source>
        <translation>记录对 %1 的回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab_actions.py" line="146"/>
        <source>%n new alert(s)</source>
        <translation>%n 条新警报</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab_actions.py" line="148"/>
        <source>No new alert: nothing unusual in the recent messages</source>
        <translation>没有新警报：近期消息无异常</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab_actions.py" line="206"/>
        <source>Change the inbox settings</source>
        <translation>更改收件箱设置</translation>
    </message>
</context>
<context>
    <name>InboxLabels</name>
    <message>
        <location filename="../../ui/inbox/labels.py" line="14"/>
        <source>New</source>
        <translation>新消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="15"/>
        <location filename="../../ui/inbox/labels.py" line="59"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="16"/>
        <source>Waiting</source>
        <translation>等待回应</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="17"/>
        <location filename="../../ui/inbox/labels.py" line="61"/>
        <location filename="../../ui/inbox/labels.py" line="95"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="23"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="24"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="25"/>
        <source>Direct message</source>
        <translation>私信</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="26"/>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="27"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="33"/>
        <location filename="../../ui/inbox/labels.py" line="50"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="34"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="35"/>
        <location filename="../../ui/inbox/labels.py" line="52"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="36"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="42"/>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="43"/>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="44"/>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="51"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="53"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="60"/>
        <source>Monitoring</source>
        <translation>观察中</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="67"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="68"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="69"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="70"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="76"/>
        <source>Marketing</source>
        <translation>市场部</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="77"/>
        <source>Public relations</source>
        <translation>公关部</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="78"/>
        <source>Legal</source>
        <translation>法务部</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="79"/>
        <source>Customer service</source>
        <translation>客服部</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="80"/>
        <source>Product</source>
        <translation>产品部</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="81"/>
        <source>IT security</source>
        <translation>信息安全部</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="82"/>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="89"/>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="90"/>
        <source>Opened</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="91"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="92"/>
        <source>Messages linked</source>
        <translation>关联消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="93"/>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="94"/>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="131"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/labels.py" line="133"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="130"/>
        <source>Inbox settings</source>
        <translation>收件箱设置</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="131"/>
        <source>First response (SLA)</source>
        <translation>首次响应（SLA）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="135"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="56"/>
        <location filename="../../ui/inbox/settings_dialog.py" line="57"/>
        <location filename="../../ui/inbox/settings_dialog.py" line="141"/>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="52"/>
        <source>First response within</source>
        <translation>首次响应时限</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="53"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="54"/>
        <location filename="../../ui/inbox/settings_dialog.py" line="55"/>
        <source>Opening hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="58"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="59"/>
        <source>Extra working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="60"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="61"/>
        <source>Risk words</source>
        <translation>风险词</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="62"/>
        <source>Negative messages</source>
        <translation>负面消息数</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="63"/>
        <source>Rise over the usual share</source>
        <translation>高于平时占比</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="64"/>
        <source>Sensitivity</source>
        <translation>灵敏度</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="67"/>
        <source>must be between 1 minute and 30 days</source>
        <translation>须在 1 分钟到 30 天之间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="70"/>
        <source>choose at least one working day</source>
        <translation>请至少选择一个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="73"/>
        <source>must end after it opens</source>
        <translation>结束时间须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="76"/>
        <source>must end after it starts</source>
        <translation>结束时间须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="79"/>
        <source>must lie inside the opening hours</source>
        <translation>须在工作时间之内</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="82"/>
        <source>must be between 1 and 1000</source>
        <translation>须在 1 到 1000 之间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="85"/>
        <source>must be between 0 and 100 %</source>
        <translation>须在 0 到 100% 之间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="88"/>
        <source>must be between 1 and 10</source>
        <translation>须在 1 到 10 之间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="91"/>
        <source>at most 500 risk words</source>
        <translation>风险词最多 500 个</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="92"/>
        <source>write dates as 2026-10-01</source>
        <translation>日期请写成 2026-10-01 的格式</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="96"/>
        <source>unknown time zone</source>
        <translation>未知时区</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="157"/>
        <source>&amp;First response within</source>
        <translation>首次响应时限(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="158"/>
        <source>&amp;Working days</source>
        <translation>工作日(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="159"/>
        <source>&amp;Opening hours</source>
        <translation>工作时间(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="161"/>
        <source>&amp;Holidays</source>
        <translation>节假日(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="162"/>
        <source>E&amp;xtra working days (调休)</source>
        <translation>调休上班日(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="163"/>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="165"/>
        <source>Spike alerts</source>
        <translation>舆情异常警报</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="169"/>
        <source>Every 6 hours, an account&apos;s share of negative messages is compared with its usual share; a clear jump raises an alert. Risk words raise one at once.</source>
        <translation>每 6 小时将各账号的负面消息占比与其平时水平比较，明显上升即发出警报。出现风险词时立即警报。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="192"/>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="192"/>
        <source>negative messages</source>
        <translation>条负面消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="193"/>
        <source>&amp;Rise over the usual share</source>
        <translation>高于平时占比(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="194"/>
        <source>&amp;Sensitivity</source>
        <translation>灵敏度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="195"/>
        <source>Risk &amp;words</source>
        <translation>风险词(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="216"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="217"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="218"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="219"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="220"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="221"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="222"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="226"/>
        <source>High (alerts sooner)</source>
        <translation>高（更早警报）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="226"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/settings_dialog.py" line="226"/>
        <source>Low (fewer alerts)</source>
        <translation>低（更少警报）</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../ui/inbox/tab.py" line="220"/>
        <source>Loading messages…</source>
        <translation>正在读取消息…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="239"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="253"/>
        <source>Loading more messages…</source>
        <translation>正在读取更多消息…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="305"/>
        <source>Loading message…</source>
        <translation>正在读取消息…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="390"/>
        <source>No messages to answer</source>
        <translation>没有待回复的消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="392"/>
        <source>The inbox gathers comments and direct messages from every managed account, so each one is answered, assigned to a teammate and tracked until it is closed. Import a platform&apos;s export, or add messages by hand.</source>
        <translation>收件箱汇集所有托管账号的评论和私信，确保每一条都有人回复、分配给同事并跟进到关闭。可以导入平台导出的文件，或手动添加消息。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="407"/>
        <source>&amp;Add messages…</source>
        <translation>添加消息(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="408"/>
        <source>Type or paste messages (Ctrl+N)</source>
        <translation>输入或粘贴消息（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="409"/>
        <source>&amp;Import messages…</source>
        <translation>导入消息(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="410"/>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="411"/>
        <source>Saved &amp;replies…</source>
        <translation>快捷回复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="412"/>
        <source>I&amp;ncidents…</source>
        <translation>事件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="413"/>
        <source>Open an &amp;incident from these…</source>
        <translation>用这些消息创建事件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="414"/>
        <source>Open an incident from these (I)</source>
        <translation>用这些消息创建事件（I）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="415"/>
        <source>Check for &amp;spikes</source>
        <translation>检查舆情异常(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="416"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="417"/>
        <source>&amp;Message</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="418"/>
        <source>Import messages…</source>
        <translation>导入消息…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/tab.py" line="419"/>
        <source>Add messages by hand…</source>
        <translation>手动添加消息…</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="76"/>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="88"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="91"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="92"/>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="93"/>
        <source>St&amp;atus</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="94"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="95"/>
        <source>Departments</source>
        <translation>涉及部门</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="96"/>
        <source>S&amp;ummary</source>
        <translation>概述(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="104"/>
        <source>What happened, what was decided…</source>
        <translation>发生了什么、做了什么决定…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="106"/>
        <source>Add to the timeline</source>
        <translation>加入时间线</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="120"/>
        <source>Unlink the selected messages</source>
        <translation>取消关联所选消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="130"/>
        <source>Use this plan</source>
        <translation>采用此预案</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="159"/>
        <source>What went well, what to change in the plan, who does what next time</source>
        <translation>哪些做得好，预案要改什么，下次谁负责什么</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="161"/>
        <source>Close the incident</source>
        <translation>关闭事件</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="164"/>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="169"/>
        <source>Facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="170"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="171"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="172"/>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="173"/>
        <source>Statements</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="174"/>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="177"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="179"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="211"/>
        <source>No incident selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="238"/>
        <source>Plan in use: %1</source>
        <translation>当前预案：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="240"/>
        <source>No contingency plan chosen yet.</source>
        <translation>尚未选择应急预案。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_editor.py" line="250"/>
        <source>Done %1 by %2</source>
        <translation>%2 于 %1 完成</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="52"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="53"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="55"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="56"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="57"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="41"/>
        <source>Incident report: %1</source>
        <translation>事件报告：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="50"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="57"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="59"/>
        <source>Departments</source>
        <translation>涉及部门</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="63"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="67"/>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="70"/>
        <source>Linked messages</source>
        <translation>关联消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="72"/>
        <source>Negative messages</source>
        <translation>负面消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="76"/>
        <source>Messages from</source>
        <translation>消息时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="85"/>
        <source>Summary</source>
        <translation>概述</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="88"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="93"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="94"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="95"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="108"/>
        <source>Nothing recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="110"/>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="117"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="118"/>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="133"/>
        <source>No contingency plan chosen.</source>
        <translation>未选择应急预案。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="136"/>
        <source>Statements</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="140"/>
        <source>%1 by %2 on %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="151"/>
        <source>No statement drafted.</source>
        <translation>未起草声明。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="154"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="160"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="161"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="162"/>
        <source>Author</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="163"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="164"/>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="179"/>
        <source>No message linked.</source>
        <translation>未关联消息。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="181"/>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_report.py" line="183"/>
        <source>Social Desk · printed %1</source>
        <translation>社媒工作台 · 打印于 %1</translation>
    </message>
</context>
<context>
    <name>IncidentsDialog</name>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="127"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="137"/>
        <source>&amp;New incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="227"/>
        <source>Save the incident report</source>
        <translation>保存事件报告</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="227"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>KeyDateDialog</name>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="61"/>
        <source>Key date</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="70"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="71"/>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="72"/>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="73"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>KeyDateModel</name>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="38"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="40"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="49"/>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="50"/>
        <source>Shopping festival</source>
        <translation>购物节</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="51"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="52"/>
        <source>Our own</source>
        <translation>团队自定</translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="89"/>
        <location filename="../../ui/calendar/key_dates.py" line="98"/>
        <source>Key dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="99"/>
        <source>New key date…</source>
        <translation>新建重要日期…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="108"/>
        <source>New key date “%1”</source>
        <translation>新建重要日期“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="114"/>
        <source>Remove key date “%1”</source>
        <translation>删除重要日期“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/key_dates.py" line="141"/>
        <source>Edit key date “%1”</source>
        <translation>编辑重要日期“%1”</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../ui/kpi/charts.py" line="194"/>
        <location filename="../../ui/kpi/trend.py" line="45"/>
        <source>No figures for these filters.</source>
        <translation>当前筛选条件下没有数据。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/trend.py" line="62"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="200"/>
        <location filename="../../ui/kpi/trend.py" line="63"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/trend.py" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="268"/>
        <location filename="../../ui/kpi/trend.py" line="65"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="98"/>
        <source>No objectives with figures in this period.</source>
        <translation>本期没有可统计的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="130"/>
        <source>Objectives: share of target reached</source>
        <translation>目标：完成比例</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="135"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="136"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="137"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="138"/>
        <source>Reached</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="139"/>
        <source>Needed a day</source>
        <translation>每日所需</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="156"/>
        <source>%1
Actual %2 of %3 (%4)</source>
        <translation>%1
实际 %2，目标 %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="161"/>
        <source>Needs %1 a day for %2 more days</source>
        <translation>剩余 %2 天，每天需 %1</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="253"/>
        <source>Not enough figures for a funnel.</source>
        <translation>数据不足，无法绘制漏斗图。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="267"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="269"/>
        <source>Share of the stage before</source>
        <translation>占上一环节比例</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/charts.py" line="293"/>
        <source>Engagement and conversion funnel</source>
        <translation>互动与转化漏斗</translation>
    </message>
</context>
<context>
    <name>KpiExport</name>
    <message>
        <location filename="../../ui/kpi/export.py" line="68"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/export.py" line="69"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/export.py" line="70"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/export.py" line="76"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/export.py" line="77"/>
        <source>CSV, comma-separated</source>
        <translation>CSV（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/export.py" line="107"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/export.py" line="117"/>
        <source>Export the chart&apos;s figures</source>
        <translation>导出图表数据</translation>
    </message>
</context>
<context>
    <name>KpiLabels</name>
    <message>
        <location filename="../../ui/kpi/labels.py" line="38"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/labels.py" line="40"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/labels.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="58"/>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="59"/>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="60"/>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="61"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="62"/>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="63"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="64"/>
        <source>Not available</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="70"/>
        <source>Operating report</source>
        <translation>运营报告</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="132"/>
        <source>Headline figures</source>
        <translation>核心数据</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="146"/>
        <location filename="../../ui/kpi/report_document.py" line="200"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="147"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="148"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="149"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="150"/>
        <source>Change %</source>
        <translation>变化率</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="154"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="159"/>
        <source>Circled: unusual days (listed under “Unusual days”).</source>
        <translation>圈出的为异常日（见“异常日”一节）。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="164"/>
        <source>By platform</source>
        <translation>分平台</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="165"/>
        <source>By account</source>
        <translation>分账号</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="178"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="181"/>
        <source>Objectives</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="187"/>
        <source>No strategy objectives cover this period.</source>
        <translation>本期没有策略目标。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="189"/>
        <source>Top posts</source>
        <translation>表现最好的内容</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="191"/>
        <source>Weakest posts</source>
        <translation>表现最弱的内容</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="194"/>
        <source>Unusual days</source>
        <translation>异常日</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="199"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="201"/>
        <source>Why it is marked</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="214"/>
        <source>No unusual days in this period.</source>
        <translation>本期没有异常日。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="216"/>
        <source>Inbox response</source>
        <translation>私信与评论响应</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="218"/>
        <source>Commentary</source>
        <translation>分析与评述</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="220"/>
        <source>Actions</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="222"/>
        <source>Social Desk operating report, %1</source>
        <translation>社媒工作台运营报告，%1</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="236"/>
        <location filename="../../ui/kpi/report_document.py" line="272"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="239"/>
        <source>Compared with</source>
        <translation>对比周期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="241"/>
        <source>Platforms and accounts</source>
        <translation>平台与账号</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="242"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="247"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="249"/>
        <source>Prepared by</source>
        <translation>编写人</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="256"/>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="271"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="273"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="274"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="275"/>
        <source>Reached</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="276"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="277"/>
        <source>Needed a day</source>
        <translation>每日所需</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="284"/>
        <source>No posts with figures in this period.</source>
        <translation>本期没有带数据的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="296"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="297"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="298"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="299"/>
        <source>Views</source>
        <translation>播放/阅读量</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="300"/>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="309"/>
        <source>Not available: the inbox has no response figures yet.</source>
        <translation>暂不可用：收件箱尚无响应数据。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="312"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="313"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="315"/>
        <source>Median first response</source>
        <translation>首次响应时间中位数</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="319"/>
        <source>Average first response</source>
        <translation>平均首次响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_document.py" line="322"/>
        <source>Answered late</source>
        <translation>超时回复</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../ui/kpi/tab.py" line="77"/>
        <source>No KPI data yet</source>
        <translation>暂无 KPI 数据</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="79"/>
        <source>Import your platforms&apos; analytics exports to chart followers, reads/views, shares, comments, conversions and ROI against the targets of your strategy plan.</source>
        <translation>导入各平台的数据分析导出文件，即可对照策略计划的目标，以图表查看粉丝、阅读量、转发、评论、转化和 ROI。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="88"/>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="89"/>
        <source>Import history…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="90"/>
        <source>Operating report…</source>
        <translation>运营报告…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="91"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="92"/>
        <source>Save the chart in view as PNG, SVG or PDF</source>
        <translation>将当前图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="93"/>
        <source>Export figures…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/tab.py" line="95"/>
        <source>Save the figures behind the chart in view as XLSX or CSV</source>
        <translation>将当前图表的数据保存为 XLSX 或 CSV</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Social Desk</source>
        <translation>社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Social Desk (read-only)</source>
        <translation>Social Desk（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>&amp;Accounts and platforms…</source>
        <translation>账号与平台(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;About Social Desk</source>
        <translation>关于社媒工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Import messages…</source>
        <translation>导入消息…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>About Social Desk</source>
        <translation>关于社媒工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>&lt;h3&gt;Social Desk 社媒工作台 %1&lt;/h3&gt;&lt;p&gt;Plans, posts, messages, numbers and appraisals of a social-media team, in one file you own. Works offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Logs: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;社媒工作台 Social Desk %1&lt;/h3&gt;&lt;p&gt;社媒团队的计划、内容、消息、数据和考核，全部保存在一个属于你的文件里。无需联网。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;日志：%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="203"/>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="206"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="206"/>
        <source>Store as</source>
        <translation>存为</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="211"/>
        <source>Name for this mapping</source>
        <translation>为此对应关系命名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="212"/>
        <source>Save as preset</source>
        <translation>保存为预设</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="219"/>
        <source>Rows belong to account</source>
        <translation>数据所属账号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="223"/>
        <source>Team preset</source>
        <translation>团队预设</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="232"/>
        <source>Preset found: %1</source>
        <translation>已识别预设：%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="234"/>
        <source>No preset matches these columns: choose a field for each.</source>
        <translation>没有与这些列匹配的预设：请为每列选择字段。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="239"/>
        <source>(no name)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="241"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="249"/>
        <source>(from the file)</source>
        <translation>（取自文件）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="277"/>
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
    <name>MessageEntryDialog</name>
    <message>
        <location filename="../../ui/inbox/entry.py" line="45"/>
        <source>Add messages</source>
        <translation>添加消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="56"/>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="57"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="58"/>
        <source>Received &amp;at</source>
        <translation>收到时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="66"/>
        <source>optional: keeps a re-import from doubling it</source>
        <translation>可选：避免重复导入</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="69"/>
        <source>Author &amp;name</source>
        <translation>用户昵称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="70"/>
        <source>&amp;Handle</source>
        <translation>用户 ID(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="71"/>
        <source>&amp;Text</source>
        <translation>内容(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="72"/>
        <source>Platform message &amp;ID</source>
        <translation>平台消息 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="73"/>
        <source>&amp;Post link</source>
        <translation>作品链接(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="76"/>
        <source>王芳: 什么时候发货？
Alex: Love the new colours!</source>
        <translation>王芳：什么时候发货？
Alex: Love the new colours!</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="77"/>
        <source>One message a line, “author: text”.</source>
        <translation>每行一条消息，格式为“用户：内容”。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="81"/>
        <source>One message</source>
        <translation>单条消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="82"/>
        <source>Paste several</source>
        <translation>粘贴多条</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/entry.py" line="140"/>
        <source>Added %1, %2 already in the inbox.</source>
        <translation>已添加 %1 条，%2 条已在收件箱中。</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../ui/inbox/message_list.py" line="99"/>
        <source>No message matches these filters.</source>
        <translation>没有符合筛选条件的消息。</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_list.py" line="101"/>
        <source>More than %1 messages</source>
        <translation>超过 %1 条消息</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/message_list.py" line="103"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_list.py" line="107"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="87"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="88"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="89"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="90"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="91"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="92"/>
        <source>Author</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="93"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="94"/>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="95"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="96"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="97"/>
        <source>Due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="125"/>
        <source>Overdue since %1</source>
        <translation>已超时（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="133"/>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="137"/>
        <source>Corrected by the team</source>
        <translation>已由团队修正</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/message_model.py" line="142"/>
        <source>Not answered within the response-time target</source>
        <translation>未在响应时限内回复</translation>
    </message>
</context>
<context>
    <name>MonthPrint</name>
    <message>
        <location filename="../../ui/calendar/print_month.py" line="63"/>
        <source>+%1 more</source>
        <translation>还有 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_month.py" line="73"/>
        <source>%1 posts</source>
        <translation>共 %1 条帖子</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_month.py" line="79"/>
        <source>Content calendar, %1</source>
        <translation>内容日历，%1</translation>
    </message>
</context>
<context>
    <name>MyWorkList</name>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="52"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="55"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="60"/>
        <source>My work (%1)</source>
        <translation>我的工作（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="60"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="69"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="71"/>
        <source>Nothing waiting for you.</source>
        <translation>暂无待办事项。</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="85"/>
        <source>Open an incident</source>
        <translation>创建事件</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="87"/>
        <source>e.g. 产品质量投诉集中爆发</source>
        <translation>例如：产品质量投诉集中爆发</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="93"/>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="99"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="100"/>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incidents.py" line="101"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/incidents.py" line="102"/>
        <source>%n message(s) linked</source>
        <translation>
            <numerusform>已关联 %n 条消息</numerusform>
        </translation>
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
        <location filename="../../ui/strategy/plan_actions.py" line="137"/>
        <source>New plan %1</source>
        <translation>新建计划 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="146"/>
        <source>Copy %1 to the next period</source>
        <translation>将 %1 复制到下一周期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="156"/>
        <source>Archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="170"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="169"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="174"/>
        <source>Delete the plan “%1”?</source>
        <translation>删除计划“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="177"/>
        <source>%n sub-plan(s)</source>
        <translation>
            <numerusform>%n 个子计划</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="179"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="181"/>
        <source>%n platform strategy(ies)</source>
        <translation>
            <numerusform>%n 个平台策略</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="183"/>
        <source>%n content pillar(s)</source>
        <translation>
            <numerusform>%n 个内容支柱</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="185"/>
        <source>It takes with it: %1.</source>
        <translation>将一并删除：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/plan_actions.py" line="189"/>
        <source>%n linked research note(s) will stay, unlinked.</source>
        <translation>
            <numerusform>%n 条关联的调研笔记会保留，但解除关联。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="192"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="209"/>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="210"/>
        <source>New &amp;year plan…</source>
        <translation>新建年度计划(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="211"/>
        <source>New &amp;quarter plan…</source>
        <translation>新建季度计划(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="212"/>
        <source>New &amp;month plan…</source>
        <translation>新建月度计划(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="213"/>
        <source>&amp;Copy to next period</source>
        <translation>复制到下一周期(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="215"/>
        <source>Copy this plan and its sub-plans, strategies and objectives, as drafts</source>
        <translation>将此计划及其子计划、策略和目标复制为草稿</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="217"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="218"/>
        <source>Archive this plan and every plan under it</source>
        <translation>归档此计划及其下所有计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="219"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="220"/>
        <source>&amp;Export / Print…</source>
        <translation>导出/打印(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_actions.py" line="221"/>
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
        <location filename="../../ui/strategy/plan_form.py" line="172"/>
        <location filename="../../ui/strategy/plan_form.py" line="297"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="255"/>
        <source>rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="256"/>
        <location filename="../../ui/strategy/plan_form.py" line="257"/>
        <source>change period</source>
        <translation>修改周期</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="258"/>
        <source>change status</source>
        <translation>修改状态</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="259"/>
        <source>change budget</source>
        <translation>修改预算</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="260"/>
        <source>change owner</source>
        <translation>修改负责人</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="263"/>
        <location filename="../../ui/strategy/plan_form.py" line="265"/>
        <source>edit plan</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="267"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="272"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="273"/>
        <source>&amp;Level</source>
        <translation>层级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="274"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="275"/>
        <source>&amp;Period</source>
        <translation>周期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="276"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="277"/>
        <source>&amp;Budget</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="278"/>
        <source>&amp;Goals</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="279"/>
        <source>Core &amp;messages</source>
        <translation>核心信息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="280"/>
        <source>Target &amp;audience</source>
        <translation>目标受众(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="281"/>
        <source>E&amp;xecution path</source>
        <translation>执行路径(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="282"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="286"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="287"/>
        <source>e.g. 2026 Q2 social media plan</source>
        <translation>例如 2026 年第二季度社媒计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="288"/>
        <source>What this period must achieve</source>
        <translation>本周期必须达成的结果</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="289"/>
        <source>What every post should carry</source>
        <translation>每条内容都要传达的信息</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="290"/>
        <source>Who the content is for</source>
        <translation>内容面向的人群</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_form.py" line="291"/>
        <source>Phases, campaigns, milestones</source>
        <translation>阶段、活动、里程碑</translation>
    </message>
</context>
<context>
    <name>PlanGapPanel</name>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="99"/>
        <source>Plan vs schedule</source>
        <translation>计划与排期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="101"/>
        <source>Account / period</source>
        <translation>账号 / 周期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="101"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="101"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="101"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="106"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="106"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="121"/>
        <source>%1 to plan</source>
        <translation>还需安排 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="123"/>
        <source>%1 over</source>
        <translation>超出 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="125"/>
        <source>on plan</source>
        <translation>符合计划</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/plan_gap.py" line="146"/>
        <source>No strategy frequencies for these accounts.</source>
        <translation>这些账号没有策略规定的发布频率。</translation>
    </message>
</context>
<context>
    <name>PlanHeading</name>
    <message>
        <location filename="../../ui/strategy/plan_heading.py" line="51"/>
        <source>%1 plan</source>
        <translation>%1计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_heading.py" line="56"/>
        <source>owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_heading.py" line="58"/>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/plan_heading.py" line="60"/>
        <source>under “%1”</source>
        <translation>隶属于“%1”</translation>
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
    <name>PostActions</name>
    <message>
        <location filename="../../ui/calendar/post_actions.py" line="37"/>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_actions.py" line="63"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_actions.py" line="113"/>
        <source>New post “%1”</source>
        <translation>新建帖子“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_actions.py" line="141"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_actions.py" line="180"/>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_actions.py" line="182"/>
        <source>Remove post</source>
        <translation>删除帖子</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_actions.py" line="183"/>
        <source>Remove “%1” and its steps, comments and history?</source>
        <translation>删除“%1”及其制作环节、评论和历史记录？</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="153"/>
        <source>New post</source>
        <translation>新建帖子</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="155"/>
        <source>Post: %1 (%2)</source>
        <translation>帖子：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="160"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="161"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="162"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="163"/>
        <source>&amp;Campaign:</source>
        <translation>营销活动(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="164"/>
        <source>&amp;Pillar:</source>
        <translation>内容支柱(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="165"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="166"/>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="167"/>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="168"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="172"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="173"/>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="176"/>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="177"/>
        <source>Accounts</source>
        <translation>发布账号</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="178"/>
        <source>Production</source>
        <translation>制作</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="179"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="180"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="89"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="90"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="92"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="93"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="94"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="95"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="96"/>
        <source>Pillar</source>
        <translation>内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/list_view.py" line="97"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="23"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="25"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="36"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="41"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="46"/>
        <source>&amp;Company name</source>
        <translation>公司名称(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="47"/>
        <location filename="../../ui/preferences.py" line="52"/>
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="52"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
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
        <location filename="../../ui/imports/wizard.py" line="292"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="300"/>
        <source>Dates: detect (ask when unclear)</source>
        <translation>日期：自动识别（不明确时询问）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="301"/>
        <source>Dates: month/day/year (08/01 = 1 August)</source>
        <translation>日期：月/日/年（08/01 = 8 月 1 日）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="302"/>
        <source>Dates: day/month/year (08/01 = 8 January)</source>
        <translation>日期：日/月/年（08/01 = 1 月 8 日）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="304"/>
        <source>Skip rows with problems (they are listed in the report)</source>
        <translation>跳过有问题的行（会在报告中列出）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="321"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="331"/>
        <source>a metric</source>
        <translation>一个指标</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="339"/>
        <source>%1 of the first %2 rows have problems (in red; point at a cell for the reason).</source>
        <translation>前 %2 行中有 %1 行存在问题（红色标出；鼠标指向单元格可查看原因）。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="344"/>
        <source>The first %1 rows read without problems.</source>
        <translation>前 %1 行读取无误。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="350"/>
        <source>Still to choose: %1.</source>
        <translation>尚需选择：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="356"/>
        <source>Ignored columns: %1.</source>
        <translation>忽略的列：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="359"/>
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
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="424"/>
        <source>Reopen appraisal</source>
        <translation>重新打开考核</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="436"/>
        <source>Back to</source>
        <translation>退回到</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="437"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="99"/>
        <location filename="../../ui/inbox/reply_editor.py" line="168"/>
        <source>(type a reply)</source>
        <translation>（直接输入回复）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="156"/>
        <source>Saved &amp;reply:</source>
        <translation>快捷回复(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="157"/>
        <source>Saved replies…</source>
        <translation>管理快捷回复…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="158"/>
        <source>Write the reply, or choose a saved reply</source>
        <translation>输入回复内容，或选择快捷回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="159"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="160"/>
        <source>Log the reply as sent (Ctrl+Enter)</source>
        <translation>记录为已回复（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="161"/>
        <source>Send and close</source>
        <translation>发送并关闭</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="163"/>
        <source>Log the reply and close the message (Ctrl+Shift+Enter)</source>
        <translation>记录回复并关闭消息（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply_editor.py" line="166"/>
        <source>Saved replies may use %1</source>
        <translation>快捷回复可使用占位符 %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="169"/>
        <location filename="../../ui/kpi/report_dialog.py" line="189"/>
        <location filename="../../ui/kpi/report_dialog.py" line="220"/>
        <source>Operating report</source>
        <translation>运营报告</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="171"/>
        <source>Saved reports</source>
        <translation>已保存的报告</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="172"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="173"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="174"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="175"/>
        <source>Commentary</source>
        <translation>分析与评述</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="176"/>
        <source>Actions</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="180"/>
        <source>Weekly</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="180"/>
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="181"/>
        <source>Quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="187"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="188"/>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="191"/>
        <source>What the figures show: what worked, what did not, and why.</source>
        <translation>数据说明了什么：哪些有效，哪些无效，原因是什么。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="194"/>
        <source>What the team will do about it, who, and by when.</source>
        <translation>团队将采取什么行动，由谁负责，何时完成。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="196"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="197"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="198"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="218"/>
        <source>New report</source>
        <translation>新报告</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="278"/>
        <source>Saving the report…</source>
        <translation>正在保存报告…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="294"/>
        <source>Reading the report&apos;s figures…</source>
        <translation>正在读取报告数据…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="314"/>
        <source>Save report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="315"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/report_dialog.py" line="333"/>
        <source>Report saved as %1</source>
        <translation>报告已保存为 %1</translation>
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
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="193"/>
        <source>%1 · template %2 · %3</source>
        <translation>%1 · 模板 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="243"/>
        <source>Reopened %1 by %2 (was %3): %4</source>
        <translation>%1 由 %2 重新打开（原为%3）：%4</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="273"/>
        <source>Member signed</source>
        <translation>员工签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="274"/>
        <source>Manager signed</source>
        <translation>上级签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="287"/>
        <source>Weighted total: %1 · Grade: %2</source>
        <translation>加权总分：%1 · 等级：%2</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="382"/>
        <source>Facts from the work in this period</source>
        <translation>本期工作数据</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="386"/>
        <source>The manager still decides the score.</source>
        <translation>评分仍由上级决定。</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="390"/>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="394"/>
        <source>Criterion</source>
        <translation>考核项</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="395"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="396"/>
        <source>Fact</source>
        <translation>工作数据</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="397"/>
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="398"/>
        <source>Self comment</source>
        <translation>自评说明</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="399"/>
        <source>Manager score</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="400"/>
        <source>Manager comment</source>
        <translation>上级评语</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="404"/>
        <source>&amp;Strengths</source>
        <translation>优点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="405"/>
        <source>&amp;Improvements</source>
        <translation>待改进(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="406"/>
        <source>&amp;Goals for the next period</source>
        <translation>下期目标(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="407"/>
        <source>&amp;Training plan</source>
        <translation>培训计划(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="410"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="411"/>
        <source>Submit self-review</source>
        <translation>提交自评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="412"/>
        <source>Submit for sign-off</source>
        <translation>提交签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="413"/>
        <source>Sign as member</source>
        <translation>员工签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="414"/>
        <source>Sign as manager</source>
        <translation>上级签字</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="415"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/review_form.py" line="416"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="103"/>
        <source>Review checklist</source>
        <translation>审核清单</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="104"/>
        <source>Decisions</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="105"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="106"/>
        <source>Write a comment…</source>
        <translation>写评论…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="107"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="108"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="116"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="118"/>
        <source>Sent back: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="186"/>
        <source>Reject the post</source>
        <translation>驳回帖子</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_review.py" line="186"/>
        <source>Why is it sent back? The owner sees this.</source>
        <translation>为什么退回？负责人会看到这段说明。</translation>
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
        <location filename="../../ui/team/rights_labels.py" line="42"/>
        <source>Needs the right to %1 (held by: %2).</source>
        <translation>需要“%1”的权限（拥有此权限的角色：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="51"/>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../ui/team/rights_labels.py" line="53"/>
        <source>%1 may not %2: that needs the role of %3. Nothing was changed.

Ask a team lead for the role, or choose who is working in the status bar.</source>
        <translation>%1 无权%2：这需要%3的角色。未做任何更改。

请向团队负责人申请该角色，或在状态栏中切换当前身份。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/team/roles.py" line="34"/>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="39"/>
        <source>Team lead</source>
        <translation>团队负责人</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="40"/>
        <source>Strategy planner</source>
        <translation>策略策划</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="41"/>
        <source>Content producer</source>
        <translation>内容策划/制作</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="42"/>
        <source>Platform operator</source>
        <translation>平台运营</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="43"/>
        <source>Data analyst</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../ui/team/roles.py" line="44"/>
        <source>PR &amp; crisis</source>
        <translation>公关/舆情</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="84"/>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="84"/>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="87"/>
        <source>退款, refund, 投诉 (separated by commas)</source>
        <translation>退款, refund, 投诉（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="89"/>
        <source>contains any of them</source>
        <translation>包含任一关键词</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="90"/>
        <source>contains all of them</source>
        <translation>包含全部关键词</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="92"/>
        <source>Every account</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="96"/>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="101"/>
        <source>Nobody</source>
        <translation>不分配</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="105"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="108"/>
        <source>Raise an alert</source>
        <translation>发出警报</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="109"/>
        <source>Rule is on</source>
        <translation>启用规则</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="111"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="112"/>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="113"/>
        <source>A message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="114"/>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="115"/>
        <source>K&amp;ind</source>
        <translation>类型(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="116"/>
        <source>Add &amp;tag</source>
        <translation>添加标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="117"/>
        <source>Assign &amp;to</source>
        <translation>分配给(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="118"/>
        <source>Set &amp;priority</source>
        <translation>设置优先级(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RuleModel</name>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="39"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="40"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="41"/>
        <source>Where</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="42"/>
        <source>Does</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="43"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="50"/>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="50"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="55"/>
        <source>every account</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="56"/>
        <source>every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="62"/>
        <source>tag “%1”</source>
        <translation>打标签“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="64"/>
        <source>assign to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="67"/>
        <source>priority %1</source>
        <translation>优先级%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="70"/>
        <source>alert</source>
        <translation>警报</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="168"/>
        <source>Inbox rules</source>
        <translation>收件箱规则</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="174"/>
        <source>Rules run on every import, in this order</source>
        <translation>每次导入时按此顺序执行规则</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="177"/>
        <source>&amp;New rule…</source>
        <translation>新建规则(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="187"/>
        <source>New rule “%1”</source>
        <translation>新建规则“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="188"/>
        <source>Edit rule “%1”</source>
        <translation>编辑规则“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/rules_dialog.py" line="189"/>
        <source>Remove rule “%1”</source>
        <translation>删除规则“%1”</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="119"/>
        <source>Sheet and encoding</source>
        <translation>工作表与编码</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="123"/>
        <location filename="../../ui/imports/wizard.py" line="129"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="130"/>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="134"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="135"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="136"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="157"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="168"/>
        <source>Workbook, sheet “%1”.</source>
        <translation>工作簿，工作表“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="170"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="172"/>
        <source>Text in %1, columns separated by “%2”.</source>
        <translation>%1 编码的文本，列以“%2”分隔。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="176"/>
        <source>Header on row %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="178"/>
        <source>Above it: %1</source>
        <translation>其上方：%1</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../ui/inbox/incident_statements.py" line="49"/>
        <source>New draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_statements.py" line="51"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_statements.py" line="53"/>
        <source>Ask for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_statements.py" line="55"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/incident_statements.py" line="57"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="243"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="243"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="243"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="243"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="245"/>
        <source>Add step</source>
        <translation>添加环节</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="246"/>
        <source>Remove step</source>
        <translation>移除环节</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="282"/>
        <source>Late</source>
        <translation>逾期</translation>
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
        <location filename="../../ui/strategy/tab.py" line="212"/>
        <source>Loading plans…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="265"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="266"/>
        <source>“%1” shows as soon as the database is open.</source>
        <translation>数据库打开后即显示“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="281"/>
        <source>Loading plan…</source>
        <translation>正在读取计划内容…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="324"/>
        <source>Reading the KPI figures…</source>
        <translation>正在读取 KPI 数据…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="402"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="403"/>
        <source>Open or create a database to plan the year, its quarters and months.</source>
        <translation>打开或新建数据库，即可规划全年及各季度、月份。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="408"/>
        <source>No strategy plan yet</source>
        <translation>尚无策略计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="410"/>
        <source>Plans live here as a tree: a year plan, its quarters and their months (any level can be skipped). Each holds goals, core messages, audience, budget, per-platform posting frequency, content pillars and measurable objectives, checked against the calendar and the KPIs.</source>
        <translation>计划以树形结构保存：年度计划、其下的季度计划和月度计划（任何层级都可跳过）。每个计划包含目标、核心信息、受众、预算、各平台发布频率、内容支柱和可衡量的目标，并与内容日历和 KPI 对照。</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="416"/>
        <source>Create this year&apos;s plan</source>
        <translation>创建今年的计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="420"/>
        <source>Filter plans by title or period</source>
        <translation>按标题或周期筛选计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="421"/>
        <source>Show archived plans</source>
        <translation>显示已归档计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="422"/>
        <source>New:</source>
        <translation>新建：</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="423"/>
        <source>Year plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="423"/>
        <source>Quarter plan</source>
        <translation>季度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="423"/>
        <source>Month plan</source>
        <translation>月度计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="438"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="439"/>
        <source>Platforms &amp;&amp; pillars</source>
        <translation>平台与内容支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="440"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="441"/>
        <source>Research</source>
        <translation>调研</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="442"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="298"/>
        <source>No plan selected</source>
        <translation>未选择计划</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/tab.py" line="299"/>
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
    <name>TargetsPanel</name>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="105"/>
        <source>Own text for this account (empty: the post&apos;s text):</source>
        <translation>此账号的专属文案（留空则用帖子正文）：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="106"/>
        <source>Published link:</source>
        <translation>发布链接：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_parts.py" line="182"/>
        <source>No account chosen yet.</source>
        <translation>尚未选择账号。</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../ui/team/tab.py" line="227"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="234"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="247"/>
        <source>Remove team member</source>
        <translation>移除团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="248"/>
        <source>Remove %1 from the team? You can undo this with Ctrl+Z.</source>
        <translation>将 %1 移出团队？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="245"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="261"/>
        <source>Filter by name, role or e-mail (Ctrl+F)</source>
        <translation>按姓名、角色或邮箱筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="60"/>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="62"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="63"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="188"/>
        <source>Loading the team…</source>
        <translation>正在读取团队成员…</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="208"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="209"/>
        <source>Open or create a database to list the people of your department.</source>
        <translation>打开或新建一个数据库，以列出部门成员。</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="213"/>
        <source>No team members yet</source>
        <translation>还没有团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="215"/>
        <source>Add the people of your department and their roles — team lead, strategy, content, platform operations, data analysis, PR — so that plans, posts and messages can be assigned to them.</source>
        <translation>添加部门成员及其角色——团队负责人、策略、内容、平台运营、数据分析、公关——之后计划、内容和消息都可以分派给他们。</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="264"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="264"/>
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../ui/team/tab.py" line="264"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="57"/>
        <source>Edit saved reply</source>
        <translation>编辑快捷回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="57"/>
        <source>New saved reply</source>
        <translation>新建快捷回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="66"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="67"/>
        <source>&amp;Chinese</source>
        <translation>中文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="68"/>
        <source>&amp;English</source>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="69"/>
        <source>Suggest for &amp;tags</source>
        <translation>适用标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="71"/>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
</context>
<context>
    <name>TemplateModel</name>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="39"/>
        <source>Saved reply</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="40"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="41"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="120"/>
        <source>Saved replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="127"/>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="130"/>
        <source>&amp;New saved reply…</source>
        <translation>新建快捷回复(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="140"/>
        <source>New saved reply “%1”</source>
        <translation>新建快捷回复“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="141"/>
        <source>Edit saved reply “%1”</source>
        <translation>编辑快捷回复“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/templates_dialog.py" line="142"/>
        <source>Remove saved reply “%1”</source>
        <translation>删除快捷回复“%1”</translation>
    </message>
</context>
<context>
    <name>TopPostsModel</name>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="48"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="49"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="50"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="51"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="52"/>
        <source>Views</source>
        <translation>播放/阅读量</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="53"/>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="54"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="55"/>
        <source>Shares</source>
        <translation>分享/转发</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="56"/>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/top_posts.py" line="81"/>
        <source>Double-click to open it in the content calendar</source>
        <translation>双击在内容日历中打开</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="54"/>
        <source>Training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="71"/>
        <source>&amp;Member</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="72"/>
        <source>&amp;Course</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="73"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="74"/>
        <source>&amp;Hours</source>
        <translation>时长（小时）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="75"/>
        <source>&amp;Skills</source>
        <translation>技能(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="76"/>
        <source>&amp;Trainer</source>
        <translation>讲师(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="77"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="124"/>
        <source>&amp;Add training…</source>
        <translation>添加培训(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="166"/>
        <source>Hours per member: %1
Hours per skill: %2</source>
        <translation>各成员培训时长：%1
各技能培训时长：%2</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="178"/>
        <source>Add training %1</source>
        <translation>添加培训 %1</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="185"/>
        <source>Edit training %1</source>
        <translation>编辑培训 %1</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/training_panel.py" line="189"/>
        <source>Remove training %1</source>
        <translation>删除培训 %1</translation>
    </message>
</context>
<context>
    <name>TrainingTableModel</name>
    <message>
        <location filename="../../ui/appraisal/models.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="80"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="81"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="82"/>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="83"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal/models.py" line="84"/>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message numerus="yes">
        <location filename="../../ui/inbox/triage.py" line="204"/>
        <source>Assign %n message(s) to %1</source>
        <translation>
            <numerusform>将 %n 条消息分配给%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/triage.py" line="206"/>
        <source>Unassign %n message(s)</source>
        <translation>
            <numerusform>取消分配 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="220"/>
        <source>Nobody</source>
        <translation>不分配</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="224"/>
        <source>Assign messages</source>
        <translation>分配消息</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="225"/>
        <source>Assign to:</source>
        <translation>分配给：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/triage.py" line="243"/>
        <source>Close %n message(s)</source>
        <translation>
            <numerusform>关闭 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/triage.py" line="249"/>
        <source>Mark %n message(s) %1</source>
        <translation>
            <numerusform>将 %n 条消息标为%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/triage.py" line="257"/>
        <source>Set priority of %n message(s)</source>
        <translation>
            <numerusform>设置 %n 条消息的优先级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/triage.py" line="263"/>
        <source>Tag %n message(s) “%1”</source>
        <translation>
            <numerusform>给 %n 条消息打标签“%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="270"/>
        <source>Tag messages</source>
        <translation>打标签</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="271"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox/triage.py" line="283"/>
        <source>Mark %n message(s) answered</source>
        <translation>
            <numerusform>将 %n 条消息标为已在别处回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="301"/>
        <source>Correct the sentiment to “%1”</source>
        <translation>将情感更正为“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="324"/>
        <source>&amp;Next message</source>
        <translation>下一条(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="325"/>
        <source>&amp;Previous message</source>
        <translation>上一条(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="326"/>
        <source>&amp;Assign to…</source>
        <translation>分配给(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="327"/>
        <source>Assign to &amp;me</source>
        <translation>分配给我(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="328"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="329"/>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="330"/>
        <source>&amp;Tag…</source>
        <translation>打标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="331"/>
        <source>Mark &amp;answered elsewhere</source>
        <translation>标为已在别处回复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="332"/>
        <source>Run the &amp;rules again</source>
        <translation>重新执行规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="333"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="334"/>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/triage.py" line="335"/>
        <source>Correct the &amp;sentiment</source>
        <translation>修正情感(&amp;S)</translation>
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
<context>
    <name>WhoIsWorkingDialog</name>
    <message>
        <location filename="../../ui/team/chooser.py" line="88"/>
        <source>Who is working?</source>
        <translation>现在是谁在工作？</translation>
    </message>
    <message>
        <location filename="../../ui/team/chooser.py" line="90"/>
        <source>Several people work with this database. Who is working now?</source>
        <translation>有多位成员使用这个数据库。现在是谁在工作？</translation>
    </message>
    <message>
        <location filename="../../ui/team/chooser.py" line="94"/>
        <source>What you may change follows your roles. Change it at any time with “Working as” in the status bar.</source>
        <translation>你可以修改哪些内容取决于你的角色。随时可以在状态栏的“当前身份”中更换。</translation>
    </message>
</context>
</TS>
