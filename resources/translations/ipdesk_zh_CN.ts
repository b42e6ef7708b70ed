<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../ipdesk/analytics/indicators.py" line="+87"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No value reported up to {date}.</source>
        <translation>截至{date}尚未报送数值。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Qualitative target: judged by the reviewer, not calculated.</source>
        <translation>定性目标：由审核人员评判，不作计算。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no baseline: compared with the {year} target</source>
        <translation>无基期值：与{year}年目标比较</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>completion = {a} ÷ {b} = {c}</source>
        <translation>完成度 = {a} ÷ {b} = {c}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected by {date}: {expected}</source>
        <translation>截至{date}应达到：{expected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target already met</source>
        <translation>目标已实现</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>schedule = ({a} − {b}) ÷ ({c} − {d}) = {ratio}</source>
        <translation>时序进度 = ({a} − {b}) ÷ ({c} − {d}) = {ratio}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schedule = {a} ÷ {b} = {ratio}</source>
        <translation>时序进度 = {a} ÷ {b} = {ratio}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No target for {year}.</source>
        <translation>{year}年无目标值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{year} amount {actual} ÷ {year} target {target} = {completion}</source>
        <translation>{year}年实际 {actual} ÷ {year}年目标 {target} = {completion}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {year} target is interpolated</source>
        <translation>{year}年目标为插值推算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected by {date}: {target} × {share} of the year = {expected}</source>
        <translation>截至{date}应达到：{target} × 全年的 {share} = {expected}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+128"/>
        <source>no value for {periods}</source>
        <translation>{periods}无数值</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Growth cannot be measured before a year has passed since the baseline.</source>
        <translation>自基期起未满一年，无法计算增长率。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>average growth = ({actual} ÷ {baseline})^(1/{years}) − 1 = {achieved}</source>
        <translation>年均增长 = ({actual} ÷ {baseline})^(1/{years}) − 1 = {achieved}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>completion = {achieved} ÷ target {target} = {completion}</source>
        <translation>完成度 = {achieved} ÷ 目标 {target} = {completion}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>expected level by {date}: {expected}</source>
        <translation>截至{date}应达到水平：{expected}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Growth rates are compared year by year; no yearly value yet.</source>
        <translation>增长率按年度比较，目前尚无年度数值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>growth in {year}: {rate}</source>
        <translation>{year}年增长：{rate}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>average growth = (∏(1 + yearly rate))^(1/{n}) − 1 over {years} = {achieved}</source>
        <translation>{years}年均增长 = (∏(1 + 年增长率))^(1/{n}) − 1 = {achieved}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/numbers.py" line="+41"/>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}-{month:02d}-{day:02d}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/plausibility.py" line="+41"/>
        <source>Cumulative value fell</source>
        <translation>累计值下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-10k figure moved sharply</source>
        <translation>每万人指标变动过大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudden jump</source>
        <translation>数值突变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative value</source>
        <translation>出现负值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count is not a whole number</source>
        <translation>数量不是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage out of range</source>
        <translation>百分比超出范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing period</source>
        <translation>缺少期间数据</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No value for {period} between {first} and {last}.</source>
        <translation>{first}至{last}之间缺少{period}的数值。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{period}: {value} is below zero.</source>
        <translation>{period}：{value} 小于零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{period}: {value} is not a whole number.</source>
        <translation>{period}：{value} 不是整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period}: {value}% is outside 0–100%.</source>
        <translation>{period}：{value}% 不在 0–100% 之间。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{period}: {value} is below {previous_period}&apos;s {previous}; a cumulative total cannot fall.</source>
        <translation>{period}：{value} 低于{previous_period}的 {previous}；累计值不应下降。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{period}: {value} differs from {previous_period}&apos;s {previous} by {change}; per-10k figures rarely move more than {limit}.</source>
        <translation>{period}：{value} 与{previous_period}的 {previous} 相差 {change}；每万人指标的变动一般不超过 {limit}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{period}: {value} is {factor}× {previous_period}&apos;s {previous} (limit {limit}×).</source>
        <translation>{period}：{value} 是{previous_period} {previous} 的 {factor} 倍（上限 {limit} 倍）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/rag.py" line="+37"/>
        <source>On track</source>
        <translation>正常推进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind</source>
        <translation>进度滞后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>暂不评价</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/scorecards.py" line="+134"/>
        <source>tasks on schedule {rate} ({green}/{rated})</source>
        <translation>任务按进度推进率 {rate}（{green}/{rated}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on-time submission {rate} ({on_time}/{due})</source>
        <translation>按期报送率 {rate}（{on_time}/{due}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>indicators attained {rate} ({green_i}/{rated_i})</source>
        <translation>指标达标率 {rate}（{green_i}/{rated_i}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to score yet.</source>
        <translation>暂无可评分的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>score = ({terms}) ÷ {weights} × 100 = {score}</source>
        <translation>得分 = ({terms}) ÷ {weights} × 100 = {score}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/submissions.py" line="+31"/>
        <source>On time</source>
        <translation>按期报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet due</source>
        <translation>未到报送期限</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/charts.py" line="+104"/>
        <source>Expected</source>
        <translation>应达到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline and targets</source>
        <translation>基期值与目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indicators by status</source>
        <translation>指标状态分布</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+24"/>
        <location filename="../../ipdesk/analytics/tasks.py" line="+85"/>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+204"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+191"/>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Tasks by status</source>
        <translation>任务状态分布</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Task progress by department</source>
        <translation>各部门任务进展</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On schedule</source>
        <translation>按进度推进</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tasks</source>
        <translation>项任务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report submissions by period</source>
        <translation>各期进展报送情况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/tasks.py" line="+29"/>
        <source>No report for this period.</source>
        <translation>本期未报送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported done.</source>
        <translation>已报完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported as lagging.</source>
        <translation>报送为滞后。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continuing task: judged by its reported status.</source>
        <translation>持续性任务：按报送状态评价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No start date to measure the schedule from: judged by its reported status.</source>
        <translation>无起始日期，无法计算时序进度：按报送状态评价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet due to have started.</source>
        <translation>尚未到开始时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No percentage reported; schedule {expected}.</source>
        <translation>未报送完成比例；时序进度 {expected}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>progress {percent} ÷ schedule {expected} = {ratio}</source>
        <translation>完成比例 {percent} ÷ 时序进度 {expected} = {ratio}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deadline {deadline} has passed and the task is not done.</source>
        <translation>已过完成时限 {deadline}，任务尚未完成。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>(no section)</source>
        <translation>（未分章节）</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location filename="../../ui/models/batch_table.py" line="+28"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>总行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ipdesk/cli/database_commands.py" line="+41"/>
        <source>Database ready: {url}</source>
        <translation>数据库已就绪：{url}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo database built in {path}: {plans} plans, {tasks} tasks, {departments} departments, {indicators} indicators, {reports} reports, {values} indicator values.</source>
        <translation>示例数据库已生成：{path}。共 {plans} 个规划、{tasks} 项任务、{departments} 个部门、{indicators} 项指标、{reports} 份进展报送、{values} 个指标数值。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version: {current} (this program: {head})</source>
        <translation>数据库结构版本：{current}（本程序：{head}）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup written: {path}</source>
        <translation>备份已写入：{path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The previous database was saved to {path}</source>
        <translation>原数据库已另存为：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {backup} into {path}</source>
        <translation>已将备份 {backup} 恢复到 {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database check passed: no problems found.</source>
        <translation>数据库检查通过，未发现问题。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} problems found. Restore a backup or contact support.</source>
        <translation>发现 {count} 个问题。请恢复备份，或联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/report_commands.py" line="+54"/>
        <source>Say where to write the report: --pdf FILE and/or --xlsx FILE.</source>
        <translation>请指定报表的输出位置：--pdf 文件 和/或 --xlsx 文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--today must be a date like 2026-11-21, not {value}.</source>
        <translation>--today 须为 2026-11-21 这样的日期，不能是 {value}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF written: {path} ({pages} pages)</source>
        <translation>PDF 已生成：{path}（共 {pages} 页）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workbook written: {path}</source>
        <translation>工作簿已生成：{path}</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="+80"/>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; You are looking at the sample database built from published plans. To start your own work, create a new database (File → New database…).</source>
        <translation>&lt;b&gt;示例数据。&lt;/b&gt;当前显示的是根据已公开规划文件生成的示例数据库。开始正式工作前，请新建数据库（文件 → 新建数据库…）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <location filename="../../ui/models/department_table.py" line="+28"/>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also known as</source>
        <translation>别称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative unit</source>
        <translation>所属行政区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (merged or dissolved)</source>
        <translation>{name}（已撤并）</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <location filename="../../ui/pages/departments_page.py" line="+54"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a department by any of its names, its unit or contact…</source>
        <translation>按部门全称、简称、别称、行政区或联系人查找…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;merged and dissolved departments</source>
        <translation>显示已撤并的部门(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n department(s)</source>
        <translation>
            <numerusform>共 %n 个部门</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="+86"/>
        <source>Data entry</source>
        <translation>数据填报</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each department has reported on its tasks for a reporting period. This version shows the reports read-only; entering and correcting them here will follow.</source>
        <translation>查看各部门在某一报送期间对所承担任务的进展报送情况。本版本仅供查阅，录入和修改报送内容的功能将在后续版本提供。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>报送期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{period} (locked)</source>
        <translation>{period}（已锁定）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the reports…</source>
        <translation>正在读取报送情况…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} ({reported}/{expected} reported)</source>
        <translation>{name}（已报 {reported}/{expected}）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No tasks are assigned for this choice.</source>
        <translation>所选部门在本期没有承担任务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported on {reported} of {total} tasks; {lagging} lagging.</source>
        <translation>共 {total} 项任务，已报送 {reported} 项，滞后 {lagging} 项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due {date}.</source>
        <translation>截止日期：{date}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No report for this task in this period yet.</source>
        <translation>本期尚未报送该任务的进展。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>工作进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>报送日期</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../../ipdesk/domain/enums.py" line="+122"/>
        <source>Region</source>
        <translation>自治区（省）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>盟市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>旗县区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>工作部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>人民政府</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective</source>
        <translation>集体（部门统称）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other body</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>配合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>责任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creation</source>
        <translation>创造</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>运用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>存量值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation>累计值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual increment</source>
        <translation>年度增量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth rate</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>定性目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagging</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>持续推进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual entry</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel import</source>
        <translation>Excel 导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan intake</source>
        <translation>规划文件导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task assignment table</source>
        <translation>任务分工表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress form</source>
        <translation>进展报送表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator form</source>
        <translation>指标数据表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan document</source>
        <translation>规划文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../ui/errors.py" line="+44"/>
        <source>Something went wrong that ipdesk did not expect. The action you started was not completed.</source>
        <translation>程序出现了意外错误，刚才的操作没有完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your saved data is not affected. Please try again; if the problem comes back, send the details below to whoever supports ipdesk for you.</source>
        <translation>已保存的数据不受影响。请再试一次；如果问题再次出现，请将下方的详细信息发送给负责本软件技术支持的人员。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ipdesk</source>
        <translation>ipdesk</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ipdesk/cli/database_commands.py" line="-27"/>
        <source>There is no database to back up yet.</source>
        <translation>还没有可以备份的数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ipdesk/services/maintenance.py" line="+56"/>
        <source>Backups from a database server are made with the server&apos;s own tools.</source>
        <translation>数据库服务器的备份请使用服务器自带的工具进行。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/demo/builder.py" line="+87"/>
        <source>This database already holds plans; build the demo into a new, empty file.</source>
        <translation>该数据库中已有规划数据，请将示例数据生成到一个新的空文件中。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/domain/periods.py" line="+48"/>
        <source>Year {year} is out of range ({low}–{high}).</source>
        <translation>年份 {year} 超出范围（{low}–{high}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period number {number} does not exist for a {kind}.</source>
        <translation>{kind}中不存在第 {number} 期。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;{text}&quot; is not a reporting period. Write a year (2024), a half-year (2024H1), a quarter (2024Q2) or a month (2024-05).</source>
        <translation>“{text}”不是有效的报送期间。请填写年度（2024）、半年（2024H1）、季度（2024Q2）或月份（2024-05）。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Both periods must be of the same kind.</source>
        <translation>两个期间必须属于同一类型。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/errors.py" line="+35"/>
        <source>{what} &quot;{key}&quot; was not found; it may have been deleted. Refresh and try again.</source>
        <translation>未找到{what}“{key}”，可能已被删除。请刷新后重试。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reporting period {period} is locked. Unlock it in the period settings to change its reports.</source>
        <translation>报送期间 {period} 已锁定。如需修改该期报送内容，请先在期间设置中解除锁定。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This database was written by a newer version of ipdesk (schema {found}, this program knows up to {known}). Install the newer ipdesk to open it; the file was not changed.</source>
        <translation>该数据库由更高版本的 ipdesk 创建（结构版本 {found}，本程序最高支持 {known}）。请安装新版 ipdesk 后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/base.py" line="+36"/>
        <source>{field} must not be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field}过长（{length} 个字符，最多 {limit} 个）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;{value}&quot; is not a valid {field}; choose one of: {choices}.</source>
        <translation>“{value}”不是有效的{field}，请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be a year between 1990 and 2100.</source>
        <translation>{field}必须是 1990 至 2100 之间的年份。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/departments.py" line="+133"/>
        <location line="+39"/>
        <source>A department named {name} already exists.</source>
        <translation>已存在名为“{name}”的部门。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;{alias}&quot; already names {other}; one name cannot mean two departments.</source>
        <translation>“{alias}”已是{other}的名称，同一名称不能对应两个部门。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A department cannot be merged into itself.</source>
        <translation>部门不能并入其自身。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is no longer active; merge into its successor instead.</source>
        <translation>{name}已撤并，请并入其承继部门。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name} still has tasks or indicators. Merge it into another department or mark it inactive.</source>
        <translation>{name}仍承担任务或指标。请将其并入其他部门，或标记为已撤并。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/indicators.py" line="+82"/>
        <location line="+9"/>
        <source>{field} must be a number.</source>
        <translation>{field}必须是数字。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{field} must be a number, not &quot;{value}&quot;.</source>
        <translation>{field}必须是数字，不能是“{value}”。</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+16"/>
        <source>The plan already has an indicator named {name}.</source>
        <translation>该规划中已有名为“{name}”的指标。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A baseline value needs its baseline year.</source>
        <translation>填写基期值时须同时填写基期年份。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} is already responsible for this indicator.</source>
        <translation>{name}已是该指标的责任单位。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/periods.py" line="+114"/>
        <source>The due date cannot be before the period starts ({start}).</source>
        <translation>截止日期不能早于期间开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/plans.py" line="+136"/>
        <source>The issue date must be a date.</source>
        <translation>印发日期必须是日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last year cannot be before the first year.</source>
        <translation>结束年份不能早于起始年份。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+9"/>
        <source>A plan with this title and document number already exists.</source>
        <translation>已存在标题和文号相同的规划。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The parent section belongs to another plan.</source>
        <translation>上级章节属于另一个规划。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/reports.py" line="+71"/>
        <source>The completion percentage must be a number.</source>
        <translation>完成比例必须是数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The completion percentage must be between 0 and 100, not {value}.</source>
        <translation>完成比例必须在 0 到 100 之间，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/tasks.py" line="+188"/>
        <source>The section belongs to another plan.</source>
        <translation>该章节属于另一个规划。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is no longer active; assign its successor instead.</source>
        <translation>{name}已撤并，请改为分配给其承继部门。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is already assigned to this task.</source>
        <translation>{name}已承担该任务。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/units.py" line="+64"/>
        <source>A {child} cannot sit under a {parent}.</source>
        <translation>{child}不能隶属于{parent}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A unit named {name} already exists there.</source>
        <translation>该处已有名为“{name}”的行政区。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/values.py" line="+64"/>
        <source>Set this installation&apos;s administrative unit in Settings before entering values.</source>
        <translation>录入数值前，请先在“设置”中选择本单位所属行政区。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/storage/backup.py" line="+27"/>
        <source>The database file {path} does not exist.</source>
        <translation>数据库文件 {path} 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file {path} already exists; choose another name.</source>
        <translation>备份文件 {path} 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup could not be written to {path}: {error}</source>
        <translation>无法将备份写入 {path}：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not an ipdesk backup (not a SQLite database file).</source>
        <translation>{path} 不是 ipdesk 备份文件（不是 SQLite 数据库文件）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be read as a database: {error}</source>
        <translation>无法将 {path} 作为数据库读取：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged (integrity check: {result}).</source>
        <translation>{path} 已损坏（完整性检查结果：{result}）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restoring from {path} failed: {error}</source>
        <translation>从 {path} 恢复失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/storage/database.py" line="+89"/>
        <source>The database structure is out of date; open it with ipdesk to update it.</source>
        <translation>数据库结构版本过旧，请用 ipdesk 打开以完成升级。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/storage/migrations.py" line="+43"/>
        <source>The program&apos;s database migrations are missing.</source>
        <translation>程序缺少数据库升级脚本，请重新安装 ipdesk。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This file holds a database that ipdesk did not create. Choose an ipdesk database.</source>
        <translation>该文件中的数据库不是由 ipdesk 创建的，请选择 ipdesk 数据库。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Updating the database structure failed; the database was left unchanged. Details: {error}</source>
        <translation>数据库结构升级失败，数据库未作改动。详细信息：{error}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/storage/restore.py" line="+30"/>
        <source>Restoring into a database server is done with the server&apos;s own tools.</source>
        <translation>恢复到数据库服务器请使用服务器自带的工具进行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is the database itself; choose a backup file.</source>
        <translation>所选文件就是当前数据库本身，请选择一个备份文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not an ipdesk backup.</source>
        <translation>{path} 不是 ipdesk 备份文件。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/rag.py" line="+15"/>
        <source>The traffic-light thresholds must satisfy 0 &lt; yellow ≤ green ≤ 200% (got green {green}, yellow {yellow}).</source>
        <translation>红黄绿灯阈值须满足 0 &lt; 黄灯 ≤ 绿灯 ≤ 200%（当前绿灯 {green}，黄灯 {yellow}）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/data.py" line="+85"/>
        <source>There are no plans to report on yet.</source>
        <translation>目前还没有可供汇总的规划。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No department is called &quot;{name}&quot;. Check the name in the department list.</source>
        <translation>没有名为“{name}”的部门，请核对部门名录中的名称。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/gui_app.py" line="+32"/>
        <source>Printing needs the graphical part of Qt, but a console-only Qt application is running.</source>
        <translation>打印需要图形界面组件，但当前运行的是无界面的程序。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/pdf.py" line="+75"/>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>无法将 PDF 写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>无法打开打印机或输出文件。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/xlsx.py" line="+92"/>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation>无法将工作簿写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../ipdesk/excel/guards.py" line="+73"/>
        <location filename="../../ipdesk/services/exchange.py" line="+654"/>
        <source>The file does not exist or cannot be opened.</source>
        <translation>文件不存在或无法打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes); ask the sender for the file again.</source>
        <translation>文件为空（0 字节），请联系报送单位重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a form or table ({detail}); it was not read.</source>
        <translation>文件过大，不像是报表（{detail}），未读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an Excel or WPS spreadsheet ({detail}); open it and save as .xlsx.</source>
        <translation>这不是 Excel 或 WPS 表格文件（{detail}）。请打开后另存为 .xlsx 格式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is protected with a password to open; ask the sender for an unprotected copy.</source>
        <translation>文件设置了打开密码，请联系报送单位提供未加密的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged or incomplete ({detail}); ask the sender to save it again and resend it.</source>
        <translation>文件已损坏或不完整（{detail}），请联系报送单位重新保存后发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file unpacks to an unreasonable size ({detail}); it was refused.</source>
        <translation>文件解压后体积异常（{detail}），已拒绝读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file contains XML entity declarations, which spreadsheets never need; it was refused.</source>
        <translation>文件含有表格文件不应有的 XML 实体声明，已拒绝读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has too many filled cells ({detail}); it was not read.</source>
        <translation>文件中有内容的单元格过多（{detail}），未读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file took too long ({detail}); it was stopped.</source>
        <translation>读取文件耗时过长（{detail}），已停止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file needed too much memory or failed ({detail}); it was stopped safely.</source>
        <translation>读取文件占用内存过多或出错（{detail}），已安全停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook has no worksheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read ({detail}).</source>
        <translation>无法读取该文件（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/excel/progress.py" line="+18"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/excel/values.py" line="+39"/>
        <source>The cell holds a formula without a saved result; open the file in Excel or WPS, save it and send it again (or type the value).</source>
        <translation>该单元格是公式但没有保存计算结果。请用 Excel 或 WPS 打开文件并保存后重新报送（或直接填写数值）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cell shows an error value; type the correct value.</source>
        <translation>该单元格显示错误值，请填写正确的数值。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;{value}&quot; is not a status; choose one of: {choices}.</source>
        <translation>“{value}”不是有效的状态，请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write a number here.</source>
        <translation>此处应填写数字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Completion must be between 0 and 100 (%), not &quot;{value}&quot;.</source>
        <translation>完成比例应在 0 到 100（%）之间，不能是“{value}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Write the completion as a number from 0 to 100, not &quot;{value}&quot;.</source>
        <translation>完成比例请填写 0 到 100 之间的数字，不能是“{value}”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <location filename="../../ipdesk/services/exchange.py" line="+283"/>
        <source>Write a number here, not &quot;{value}&quot;.</source>
        <translation>此处应填写数字，不能是“{value}”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write the date as 2024-07-05 or 2024年7月5日, not &quot;{value}&quot;.</source>
        <translation>日期请写作 2024-07-05 或 2024年7月5日，不能是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/excel/tables.py" line="+218"/>
        <source>&quot;{value}&quot; was typed as a number: it is read as January; type 2024.10 as text for October.</source>
        <translation>“{value}”被当作数字输入，会被读成 1 月；如指 10 月，请以文本格式输入 2024.10。</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>The completion status is missing; choose one of: {choices}.</source>
        <translation>缺少完成状态，请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked as done but only {percent}% complete; check the status or the percentage.</source>
        <translation>状态为已完成，但完成比例仅为 {percent}%，请核对状态或完成比例。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The row has content but no task or indicator name.</source>
        <translation>该行有内容，但缺少任务或指标名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} hidden rows were left out.</source>
        <translation>已跳过 {count} 个隐藏行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no 分工表 or form header (序号 / 重点任务 …) found</source>
        <translation>未找到分工表或报表表头（序号 / 重点任务 …）</translation>
    </message>
    <message>
        <location filename="../../ipdesk/excel/styles.py" line="+57"/>
        <source>{where} is {length} characters long; an Excel cell holds at most {limit}. Shorten it before exporting.</source>
        <translation>{where}长 {length} 个字符，Excel 单元格最多只能容纳 {limit} 个。请删减后再导出。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/excel/problems_writer.py" line="+88"/>
        <source>Problems found in the returned form; please correct the marked cells</source>
        <translation>报送表中发现问题，请修改标出的单元格</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange.py" line="-643"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion %</source>
        <translation>完成比例（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>工作进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+360"/>
        <source>This exact file was already imported on {date} (import {batch}); it is skipped.</source>
        <translation>该文件已于{date}导入过（导入批次 {batch}），本次跳过。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no sheets</source>
        <translation>没有工作表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No 分工表 or report form was found in the file ({reasons}).</source>
        <translation>文件中未找到分工表或报送表（{reasons}）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>header block and column headings</source>
        <translation>表头和列标题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form&apos;s hidden identity was altered; it was matched by its headings.</source>
        <translation>报表的隐藏识别信息已被改动，已按列标题识别。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+405"/>
        <source>hidden identity sheet</source>
        <translation>隐藏识别工作表</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>The form does not say which department sent it (填报单位); fill it in and import again.</source>
        <translation>报表未注明填报单位，请填写后重新导入。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The form does not say which reporting period it is for; choose the period and preview again.</source>
        <translation>报表未注明报送期间，请选择期间后重新预览。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Which department is &quot;{name}&quot;? Choose it and preview again.</source>
        <translation>“{name}”是哪个部门？请选择后重新预览。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reporting period {period} is locked; unlock it in the period settings to import this form.</source>
        <translation>报送期间 {period} 已锁定；如需导入此表，请先在期间设置中解除锁定。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This task is not among {department}&apos;s tasks; the row was not imported.</source>
        <translation>该任务不属于{department}承担的任务，此行未导入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+41"/>
        <location line="+399"/>
        <source>See the problems listed for this row.</source>
        <translation>请查看此行列出的问题。</translation>
    </message>
    <message>
        <location line="-412"/>
        <source>This indicator is not in the database; the row was not imported.</source>
        <translation>数据库中没有该指标，此行未导入。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Set this installation&apos;s administrative unit in Settings before importing values.</source>
        <translation>导入数值前，请先在“设置”中选择本单位所属行政区。</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+34"/>
        <source>Entered by hand in ipdesk; the file&apos;s version replaces it only if you choose to overwrite.</source>
        <translation>该内容是在 ipdesk 中手工录入的；只有选择覆盖时才会用文件中的内容替换。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>A newer report (submitted {date}) is already on file.</source>
        <translation>已有更新的报送（{date}报送）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only the first table ({sheet}) was read; other sheets: {others}.</source>
        <translation>只读取了第一个表（{sheet}）；其他工作表：{others}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column headings</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plan chosen by you</source>
        <translation>您选择的规划</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>table title</source>
        <translation>表格标题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new plan &quot;{title}&quot; will be created for this table.</source>
        <translation>将为此表新建规划“{title}”。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rows {rows} were combined into one task ({task}).</source>
        <translation>第 {rows} 行已合并为一项任务（{task}）。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Role of {name}</source>
        <translation>{name}的职责</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is no longer listed but has filed reports on this task; it stays unless you choose to overwrite.</source>
        <translation>{name}已不在表中，但已报送过该任务的进展；除非选择覆盖，否则予以保留。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{count} tasks of the plan are not in this table; they are kept as they are.</source>
        <translation>规划中有 {count} 项任务不在此表中，保持不变。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} department names are not in the registry; choose or create them.</source>
        <translation>有 {count} 个部门名称不在部门名录中，请选择对应部门或新建。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Skipped by you.</source>
        <translation>已按您的选择跳过。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} changed since the preview; preview it again before importing.</source>
        <translation>{name}在预览后已有变动，请重新预览后再导入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: choose or create these departments first: {names}.</source>
        <translation>{name}：请先选择或新建以下部门：{names}。</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Previewed file</source>
        <translation>已预览的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has no problems to send back.</source>
        <translation>{name}没有需要退回修改的问题。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {batch} was already undone.</source>
        <translation>导入批次 {batch} 已撤销过。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Rows of import {batch} were changed afterwards ({who}); undo those changes first.</source>
        <translation>导入批次 {batch} 的数据此后又被修改过（{who}），请先撤销这些修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imports {ids}</source>
        <translation>导入批次 {ids}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by hand</source>
        <translation>手工修改</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/excel_commands.py" line="+74"/>
        <source>No single department is called &quot;{name}&quot;.</source>
        <translation>没有唯一名为“{name}”的部门。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean (give the number): {hint}</source>
        <translation>您指的是哪一个（请填写编号）：{hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: no 分工表 or report form found ({sheets}).</source>
        <translation>{name}：未找到分工表或报送表（{sheets}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: sheet {sheet} ignored: {reason}</source>
        <translation>注意：已忽略工作表 {sheet}：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} table in sheet {sheet}, header at row {row}: {count} rows, {errors} errors</source>
        <translation>工作表 {sheet} 中的{kind}，表头位于第 {row} 行：共 {count} 行，{errors} 处错误</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Wrote {path} ({rows} tasks).</source>
        <translation>已生成 {path}（{rows} 项任务）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} forms written to {folder}.</source>
        <translation>已在 {folder} 生成 {count} 份报送表。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>applied as import {batch}</source>
        <translation>已作为导入批次 {batch} 导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would apply</source>
        <translation>将导入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown department {name}</source>
        <translation>未知部门 {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import {batch} ({name}) undone: {count} changes reverted.</source>
        <translation>已撤销导入批次 {batch}（{name}）：还原 {count} 处修改。</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange_page.py" line="+46"/>
        <source>Import and export</source>
        <translation>导入导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every Excel file taken into ipdesk is recorded here: when, what kind of form, and how many rows were new, changed, unchanged or rejected.</source>
        <translation>每一个导入 ipdesk 的 Excel 文件都会在这里留下记录：导入时间、表格类型，以及新增、修改、未变和拒收的行数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No files have been imported into this database yet. Task assignment tables, progress forms and indicator forms imported from Excel will be listed here.</source>
        <translation>本数据库尚未导入任何文件。今后从 Excel 导入的任务分工表、进展报送表和指标数据表都将列在这里。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ipdesk/services/departments.py" line="-189"/>
        <location line="+63"/>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+40"/>
        <location line="+1"/>
        <location line="+38"/>
        <location filename="../../ipdesk/services/exchange.py" line="-1381"/>
        <location line="+78"/>
        <location line="+1190"/>
        <location filename="../../ipdesk/services/indicators.py" line="-3"/>
        <location filename="../../ipdesk/services/tasks.py" line="-9"/>
        <location filename="../../ipdesk/services/values.py" line="+50"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+35"/>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+39"/>
        <source>Department kind</source>
        <translation>部门类型</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+41"/>
        <location filename="../../ipdesk/services/plans.py" line="-74"/>
        <location filename="../../ipdesk/services/units.py" line="-14"/>
        <location line="+32"/>
        <location filename="../../ipdesk/services/values.py" line="-3"/>
        <source>Administrative unit</source>
        <translation>行政区</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+29"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+37"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <location filename="../../ipdesk/services/plans.py" line="-19"/>
        <location filename="../../ipdesk/services/tasks.py" line="-23"/>
        <location filename="../../ipdesk/services/values.py" line="+27"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alias</source>
        <translation>别称</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/indicators.py" line="-129"/>
        <location line="+33"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+8"/>
        <location filename="../../ipdesk/services/values.py" line="-34"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange.py" line="-1299"/>
        <location line="+753"/>
        <location filename="../../ipdesk/services/indicators.py" line="-54"/>
        <location filename="../../ipdesk/services/plans.py" line="+35"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+9"/>
        <location line="+23"/>
        <location filename="../../ipdesk/services/tasks.py" line="-33"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/indicators.py" line="+67"/>
        <source>Indicator name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator kind</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Baseline year</source>
        <translation>基期年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline value</source>
        <translation>基期值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ipdesk/services/tasks.py" line="+53"/>
        <location line="+23"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/periods.py" line="-45"/>
        <source>Reporting period</source>
        <translation>报送期间</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/plans.py" line="-94"/>
        <source>Plan title</source>
        <translation>规划标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan kind</source>
        <translation>规划类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last year</source>
        <translation>结束年份</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+29"/>
        <source>Section title</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+23"/>
        <location line="+9"/>
        <location filename="../../ipdesk/services/tasks.py" line="-31"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/reports.py" line="+71"/>
        <location line="+40"/>
        <location filename="../../ipdesk/services/tasks.py" line="+33"/>
        <location line="+7"/>
        <source>Assignment</source>
        <translation>任务分工</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Progress</source>
        <translation>工作进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/tasks.py" line="-90"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+37"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Task title</source>
        <translation>任务标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task number</source>
        <translation>任务序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task text</source>
        <translation>任务内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/units.py" line="-36"/>
        <source>Unit name</source>
        <translation>行政区名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit level</source>
        <translation>行政区级别</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Office name</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/values.py" line="+25"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indicator value</source>
        <translation>指标数值</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="+22"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}-{month:02d}-{day:02d}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/models/indicator_table.py" line="+27"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Target {year}</source>
        <translation>{year}年目标</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{value} ({year})</source>
        <translation>{value}（{year}年）</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../ui/pages/indicators_page.py" line="+72"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan:</source>
        <translation>规划(&amp;P)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All plans</source>
        <translation>全部规划</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>共 %n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an indicator to see its definition and notes.</source>
        <translation>选择一项指标，可查看其解释和备注。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{year}: {value}</source>
        <translation>{year}年：{value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan</source>
        <translation>所属规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>指标解释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+92"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ipdesk</source>
        <translation>关于 ipdesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ipdesk – IP-strong-city plan desk</source>
        <translation>ipdesk – 知识产权强市建设工作台</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>ipdesk databases ({patterns})</source>
        <translation>ipdesk 数据库（{patterns}）</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{path} already exists. Choose another name, or use File → Open database… to open it.</source>
        <translation>{path} 已存在。请换一个文件名，或通过“文件 → 打开数据库…”打开该文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About ipdesk</source>
        <translation>关于 ipdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;ipdesk&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Tracks the tasks, indicators and departmental progress reports of IP-strong-city plans. Works offline; all data stays in the database file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ipdesk&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;用于跟踪知识产权强市建设规划的任务分工、指标目标和各部门进展报送。全程离线运行，所有数据只保存在本机数据库文件中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="+160"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ui/pages/base.py" line="+62"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../ipdesk/domain/periods.py" line="-47"/>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year} first half</source>
        <translation>{year}年上半年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year} second half</source>
        <translation>{year}年下半年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year} Q{number}</source>
        <translation>{year}年第{number}季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <location filename="../../ui/pages/plan_details.py" line="+48"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period</source>
        <translation>规划期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+20"/>
        <source>Plan</source>
        <translation>所属规划</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Tasks in this section</source>
        <translation>本章节任务数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{year} (whole year)</source>
        <translation>{year}年（全年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not specified in the plan</source>
        <translation>规划中未明确</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section</source>
        <translation>所属章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead departments</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting departments</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Departments</source>
        <translation>承担单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None assigned yet</source>
        <translation>尚未分工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task text</source>
        <translation>任务内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a plan, a section or a task on the left to see its details.</source>
        <translation>在左侧选择规划、章节或任务，即可在此查看详细内容。</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../ui/models/plan_tree.py" line="+36"/>
        <source>Plans, sections and tasks</source>
        <translation>规划、章节与任务</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="+89"/>
        <source>Plans and tasks</source>
        <translation>规划与任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by words in a task, or by a department…</source>
        <translation>按任务内容关键词或部门名称筛选…</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../ui/models/report_table.py" line="+30"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done %</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>工作进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ipdesk/reports/common.py" line="+19"/>
        <source>Department: {name}</source>
        <translation>部门：{name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit: {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {period}</source>
        <translation>期间：{period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status compares progress with the schedule: at least {green} of the scheduled progress is on track, from {yellow} to {green} is to watch, below {yellow} is behind; a target already met counts as on track.</source>
        <translation>状态按实际进度与序时进度之比判定：达到序时进度 {green} 及以上为正常推进，{yellow} 至 {green} 之间为需关注，低于 {yellow} 为进度滞后；已实现目标的视为正常推进。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="-96"/>
        <location filename="../../ipdesk/reports/common.py" line="-19"/>
        <location filename="../../ipdesk/reports/data.py" line="-28"/>
        <source>{count} plans</source>
        <translation>{count} 个规划</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/common.py" line="+6"/>
        <source>Prepared by:</source>
        <translation>填表人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>签发人：</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/layout.py" line="+304"/>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <location line="+374"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{group} (continued)</source>
        <translation>{group}（续）</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/chart_painting.py" line="+156"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/painting.py" line="+26"/>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/pdf.py" line="-12"/>
        <source>Laying out pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing page {page} of {total}…</source>
        <translation>正在生成第 {page} 页，共 {total} 页…</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="+34"/>
        <location filename="../../ipdesk/reports/kinds.py" line="+45"/>
        <source>Indicator completion summary</source>
        <translation>指标完成情况汇总表</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+47"/>
        <location line="+43"/>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="+5"/>
        <location line="+139"/>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="+80"/>
        <location line="+67"/>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+49"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-119"/>
        <location line="+22"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="-137"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year</source>
        <translation>基期年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual period</source>
        <translation>实际值期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected to date</source>
        <translation>序时应达值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion</source>
        <translation>完成度</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="-25"/>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="+1"/>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Mid-term assessment of the IP-strong-city plan</source>
        <translation>知识产权强市建设规划中期评估报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annual assessment of the IP-strong-city plan</source>
        <translation>知识产权强市建设年度评估报告</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} items</source>
        <translation>{count} 项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As of {date}, the {plans} contain {tasks} key tasks with responsible departments: {done} are done ({done_rate}), {green} are on schedule, {behind} are behind and {overdue} are past their deadline. Of {indicators} quantified indicators with data, {ind_green} are on track, {ind_yellow} to watch and {ind_red} behind.</source>
        <translation>截至{date}，{plans}共明确重点任务 {tasks} 项，其中已完成 {done} 项（{done_rate}），按进度推进 {green} 项，进度滞后 {behind} 项，超过完成时限 {overdue} 项。有数据的量化指标 {indicators} 项中，正常推进 {ind_green} 项，需关注 {ind_yellow} 项，滞后 {ind_red} 项。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> For {period}, {due} progress reports were due: {on_time} came in on time, {late} late and {missing} are missing.</source>
        <translation> {period}应报送进展 {due} 项，按期报送 {on_time} 项，逾期报送 {late} 项，未报送 {missing} 项。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Key tasks</source>
        <translation>重点任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Behind or overdue</source>
        <translation>滞后或超期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators on track</source>
        <translation>正常推进的指标</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+66"/>
        <source>On-time reporting</source>
        <translation>按期报送率</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Departments with missing reports</source>
        <translation>有未报送事项的部门</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No task or indicator is behind.</source>
        <translation>没有滞后的任务或指标。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks on schedule</source>
        <translation>任务按进度推进率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators attained</source>
        <translation>指标达标率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="+1"/>
        <source>Calculation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No departments in this scope.</source>
        <translation>所选范围内没有部门。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes: tasks on schedule = tasks rated on track ÷ tasks reported; on-time reporting = items in by the due date ÷ items due in {year} up to {period}; indicators attained = indicators on track ÷ indicators rated. Score = tasks on schedule × {tasks} + on-time reporting × {submissions} + indicators attained × {indicators}, divided by the weights of the rates that apply. {rule}</source>
        <translation>说明：任务按进度推进率 = 评为正常推进的任务数 ÷ 已报送任务数；按期报送率 = 截止日期前报送项数 ÷ {year}年截至{period}的应报项数；指标达标率 = 正常推进的指标数 ÷ 参与评价的指标数。得分 = 任务按进度推进率 × {tasks} + 按期报送率 × {submissions} + 指标达标率 × {indicators}，再除以适用各项的权重之和。{rule}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1. Overview</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Indicators</source>
        <translation>二、指标完成情况</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3. Key tasks and reporting</source>
        <translation>三、重点任务推进和报送情况</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>4. Items behind schedule</source>
        <translation>四、进度滞后事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Departments</source>
        <translation>五、各部门情况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key tasks by plan</source>
        <translation>各规划重点任务</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="-13"/>
        <location line="+139"/>
        <source>Indicator name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+56"/>
        <source>{value}
({year})</source>
        <translation>{value}
（{year}年）</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{kind}, lower is better</source>
        <translation>{kind}，越低越好</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Latest value is from {period}; {rest}</source>
        <translation>最新数值为{period}；{rest}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No indicators in this scope.</source>
        <translation>所选范围内没有指标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Data checks</source>
        <translation>数据核查</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes: completion = actual ÷ target (target ÷ actual where lower is better); an annual increment is measured against its year&apos;s target, a growth rate by the average yearly growth achieved. Expected to date interpolates between the baseline and the yearly targets at the date of the latest value. {rule}</source>
        <translation>说明：完成度 = 实际值 ÷ 目标值（越低越好的指标为目标值 ÷ 实际值）；年度增量指标与当年目标比较，增长率指标按实际年均增长计算。序时应达值按最新数值的日期，在基期值与各年度目标之间插值得出。{rule}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>核查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ipdesk/reports/xlsx.py" line="+217"/>
        <location line="+4"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous value</source>
        <translation>上期数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No implausible values found.</source>
        <translation>未发现异常数值。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/kinds.py" line="+2"/>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="-5"/>
        <source>Report submission statistics</source>
        <translation>进展报送情况统计表</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="-115"/>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="+1"/>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+6"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+157"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+5"/>
        <source>Due</source>
        <translation>应报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>已报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All periods shown</source>
        <translation>所列全部期间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission rate</source>
        <translation>报送率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-time rate</source>
        <translation>按期报送率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+73"/>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+34"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-33"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+20"/>
        <source>No reports were due in this scope.</source>
        <translation>所选范围内没有应报送的进展。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submissions</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} due {date}</source>
        <translation>{period}截止于{date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes: one item per task assignment and period. &quot;Late&quot; items came in after the due date; &quot;missing&quot; items had not come in by {today}. Submission rate = items in ÷ items due; on-time rate = items in by the due date ÷ items already due. Due dates: {dues}.</source>
        <translation>说明：每项任务分工每期计一项。“逾期”指截止日期后报送的，“未报”指截至{today}仍未报送的。报送率 = 已报项数 ÷ 应报项数；按期报送率 = 截止日期前报送项数 ÷ 已到期应报项数。截止日期：{dues}。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/kinds.py" line="-1"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-180"/>
        <source>Key task progress summary</source>
        <translation>重点任务进展情况汇总表</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="-106"/>
        <source>Reminder notice</source>
        <translation>催报通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual or mid-term assessment</source>
        <translation>年度或中期评估</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="+17"/>
        <source>No progress report for {period}</source>
        <translation>{period}未报送进展</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past its deadline ({deadline}) and not done</source>
        <translation>已超过完成时限（{deadline}）且未完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported as behind schedule</source>
        <translation>报送为进度滞后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behind schedule: {percent}% done against {expected}% scheduled</source>
        <translation>进度滞后：完成 {percent}%，序时进度 {expected}%</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+70"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-63"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+11"/>
        <source>Continuing</source>
        <translation>持续推进</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No. [{year}]      </source>
        <translation>〔{year}〕      号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under the work arrangements of {plans}, each responsible department was to report its progress on the key tasks for {period} by {due}. As of {today}, your department has the following items to attend to:</source>
        <translation>按照{plans}的工作安排，各责任单位应于{due}前报送{period}重点任务推进情况。截至{today}，贵单位尚有以下事项需要办理：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please send the outstanding reports to {office} by {reply_by}; for tasks behind schedule or past their deadline, explain the reasons and the measures taken to catch up.</source>
        <translation>请于{reply_by}前将未报事项报送{office}；对进度滞后或超过完成时限的任务，请说明原因及整改措施。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you for your cooperation.</source>
        <translation>感谢配合。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No department needs a reminder.</source>
        <translation>没有需要催报的部门。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>As of {today}, no department needs a reminder for {period}.</source>
        <translation>截至{today}，{period}没有需要催报的部门。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders</source>
        <translation>催报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder list</source>
        <translation>催报清单</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+11"/>
        <source>{status}, overdue</source>
        <translation>{status}，已超期</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="-129"/>
        <location line="+70"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+13"/>
        <location line="+22"/>
        <source>Task no.</source>
        <translation>任务序号</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="-102"/>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="-69"/>
        <location line="+70"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-21"/>
        <location line="+22"/>
        <source>Key task</source>
        <translation>重点任务</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-21"/>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="-68"/>
        <location line="+70"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+1"/>
        <location line="+21"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-20"/>
        <location line="+21"/>
        <source>Reported</source>
        <translation>报送进度</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Scheduled</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <location line="+80"/>
        <source>Reported status</source>
        <translation>报送状态</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+19"/>
        <location line="+80"/>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+19"/>
        <source>Progress</source>
        <translation>工作进展</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Progress to date</source>
        <translation>截至目前进展</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{name} ({count} tasks: {leads} as lead, {supports} supporting)</source>
        <translation>{name}（共 {count} 项任务：牵头 {leads} 项，配合 {supports} 项）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On-schedule rate</source>
        <translation>按进度推进率</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+30"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-9"/>
        <location line="+87"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-80"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+2"/>
        <source>On schedule</source>
        <translation>按进度推进</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+30"/>
        <source>Summary by status</source>
        <translation>按状态汇总</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: scheduled progress = time elapsed from the task&apos;s start to {date} ÷ the time to its deadline; tasks without a deadline (continuing) are judged by their reported status; a task is judged on its lead department&apos;s report. {rule}</source>
        <translation>说明：序时进度 = 自任务开始至{date}已用时间 ÷ 至完成时限的总时间；未规定完成时限的（持续推进类）任务按报送状态评价；每项任务以牵头单位的报送为准。{rule}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> {count} tasks without responsible departments are not listed.</source>
        <translation> 另有 {count} 项任务未明确责任单位，未列入。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+111"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+19"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+7"/>
        <source>No tasks in this scope.</source>
        <translation>所选范围内没有任务。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/generate.py" line="+43"/>
        <location filename="../../ipdesk/reports/kinds.py" line="+24"/>
        <source>Reading data…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No Chinese font was found; install SimSun or Noto Serif CJK SC and print again.</source>
        <translation>未找到中文字体。请安装宋体（SimSun）或 Noto Serif CJK SC 后重新打印。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the workbook…</source>
        <translation>正在生成工作簿…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/xlsx.py" line="-7"/>
        <location line="+7"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="+52"/>
        <source>Summary reports</source>
        <translation>汇总报表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report submissions by period</source>
        <translation>各期进展报送情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each reporting period: how many department-task reports were expected, how many came in, how many of them on time (by the due date) or late, and how many departments sent nothing.</source>
        <translation>按报送期间统计：应报送的部门任务数、实际报送数、按期（截止日期前）与逾期报送数，以及全期未报送任何内容的部门数。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+135"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change takes effect at once and is remembered for the next start.</source>
        <translation>更改立即生效，下次启动时继续使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrative unit this installation works for. Reports and indicator values are collected for this unit.</source>
        <translation>本软件服务的行政区。进展报送和指标数值均按该行政区汇总。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrative &amp;unit:</source>
        <translation>所属行政区(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office name:</source>
        <translation>机关名称(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the market regulation bureau (IP office) of your unit</source>
        <translation>例如：××市市场监督管理局（知识产权局）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database and backups</source>
        <translation>数据库与备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open backup &amp;folder</source>
        <translation>打开备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(not chosen yet)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the administrative unit first.</source>
        <translation>请先选择所属行政区。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: this installation works for {unit}.</source>
        <translation>已保存：本软件服务于{unit}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backups of a database server are made with the server&apos;s own tools.</source>
        <translation>数据库服务器的备份请使用服务器自带的工具进行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="+40"/>
        <source>Building the demo database…</source>
        <translation>正在生成示例数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database was updated to this version of ipdesk; a backup was saved first: {path}</source>
        <translation>数据库已升级到当前版本，升级前已自动备份：{path}</translation>
    </message>
</context>
<context>
    <name>SubmissionTableModel</name>
    <message>
        <location filename="../../ui/models/submission_table.py" line="+29"/>
        <source>Period</source>
        <translation>报送期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>应报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>已报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>报送率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagging</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments silent</source>
        <translation>未报送部门数</translation>
    </message>
</context>
</TS>
