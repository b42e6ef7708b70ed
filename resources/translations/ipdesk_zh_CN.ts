<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../ipdesk/analytics/indicators.py" line="+92"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No value reported up to {date}.</source>
        <translation>截至{date}尚无数据。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Qualitative target: judged by the reviewer, not calculated.</source>
        <translation>定性指标，由审核人判断，不作计算。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no baseline: compared with the {year} target</source>
        <translation>无基期值，与{year}年目标比较</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>completion = {a} ÷ {b} = {c}</source>
        <translation>完成率＝{a}÷{b}＝{c}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected by {date}: {expected}</source>
        <translation>{date}序时目标值{expected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target already met</source>
        <translation>已达到目标</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>schedule = ({a} − {b}) ÷ ({c} − {d}) = {ratio}</source>
        <translation>序时完成比＝（{a}－{b}）÷（{c}－{d}）＝{ratio}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schedule = {a} ÷ {b} = {ratio}</source>
        <translation>序时完成比＝{a}÷{b}＝{ratio}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No target for {year}.</source>
        <translation>{year}年无目标值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{year} amount {actual} ÷ {year} target {target} = {completion}</source>
        <translation>{year}年完成{actual}÷{year}年目标{target}＝{completion}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {year} target is interpolated</source>
        <translation>{year}年目标按相邻年度插值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected by {date}: {target} × {share} of the year = {expected}</source>
        <translation>{date}序时目标＝{target}×全年已过{share}＝{expected}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+125"/>
        <source>no value for {periods}</source>
        <translation>{periods}缺数据</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Growth cannot be measured before a year has passed since the baseline.</source>
        <translation>距基期不足一年，暂不计算增速。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>average growth = ({actual} ÷ {baseline})^(1/{years}) − 1 = {achieved}</source>
        <translation>年均增速＝（{actual}÷{baseline}）^(1/{years})－1＝{achieved}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>completion = {achieved} ÷ target {target} = {completion}</source>
        <translation>完成率＝{achieved}÷目标{target}＝{completion}</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>expected level by {date}: {expected}</source>
        <translation>{date}序时目标值{expected}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Growth rates are compared year by year; no yearly value yet.</source>
        <translation>增速按年度比较，尚无年度数据。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>growth in {year}: {rate}</source>
        <translation>{year}年增速{rate}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>average growth = (∏(1 + yearly rate))^(1/{n}) − 1 over {years} = {achieved}</source>
        <translation>年均增速＝（∏(1＋各年增速)）^(1/{n})－1（{years}年）＝{achieved}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/numbers.py" line="+41"/>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/plausibility.py" line="+41"/>
        <source>Cumulative value fell</source>
        <translation>累计值下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-10k figure moved sharply</source>
        <translation>万人指标变动异常</translation>
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
        <translation>计数非整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage out of range</source>
        <translation>百分比超出范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing period</source>
        <translation>数据缺期</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No value for {period} between {first} and {last}.</source>
        <translation>{first}与{last}之间缺少{period}数据。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{period}: {value} is below zero.</source>
        <translation>{period}：{value}小于零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{period}: {value} is not a whole number.</source>
        <translation>{period}：{value}不是整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period}: {value}% is outside 0–100%.</source>
        <translation>{period}：{value}%超出0–100%范围。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{period}: {value} is below {previous_period}&apos;s {previous}; a cumulative total cannot fall.</source>
        <translation>{period}：{value}低于{previous_period}的{previous}，累计值不应下降。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{period}: {value} differs from {previous_period}&apos;s {previous} by {change}; per-10k figures rarely move more than {limit}.</source>
        <translation>{period}：{value}较{previous_period}的{previous}变动{change}，万人指标变动一般不超过{limit}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{period}: {value} is {factor}× {previous_period}&apos;s {previous} (limit {limit}×).</source>
        <translation>{period}：{value}为{previous_period}（{previous}）的{factor}倍（限值{limit}倍）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/rag.py" line="+37"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/scorecards.py" line="+83"/>
        <source>tasks on schedule {rate} ({green}/{rated})</source>
        <translation>任务按期推进率{rate}（{green}/{rated}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on-time submission {rate} ({on_time}/{due})</source>
        <translation>报送及时率{rate}（{on_time}/{due}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicators attained {rate} ({green_i}/{rated_i})</source>
        <translation>指标达标率{rate}（{green_i}/{rated_i}）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing to score yet.</source>
        <translation>暂无可计分事项。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>score = ({terms}) ÷ {weights} × 100 = {score}</source>
        <translation>得分＝（{terms}）÷{weights}×100＝{score}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/submissions.py" line="+31"/>
        <source>On time</source>
        <translation>按时报送</translation>
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
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/charts.py" line="+111"/>
        <source>Expected</source>
        <translation>序时目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline and targets</source>
        <translation>基期值及目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Indicators by status</source>
        <translation>指标完成状态分布</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <location filename="../../ipdesk/analytics/tasks.py" line="+128"/>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+222"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+67"/>
        <location line="+136"/>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Tasks by status</source>
        <translation>重点任务状态分布</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Task progress by department</source>
        <translation>各责任单位重点任务推进情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On schedule</source>
        <translation>按序时推进</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tasks</source>
        <translation>项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report submissions by period</source>
        <translation>各期报送情况</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ipdesk/analytics/desk.py" line="+161"/>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/tasks.py" line="+46"/>
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
        <translation>报送状态为滞后。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continuing task: judged by its reported status.</source>
        <translation>持续推进类任务，按报送状态评价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No start date to measure the schedule from: judged by its reported status.</source>
        <translation>无起始日期，按报送状态评价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet due to have started.</source>
        <translation>尚未到启动时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No percentage reported; schedule {expected}.</source>
        <translation>未报完成进度；序时进度{expected}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>progress {percent} ÷ schedule {expected} = {ratio}</source>
        <translation>实际进度{percent}÷序时进度{expected}＝{ratio}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deadline {deadline} has passed and the task is not done.</source>
        <translation>已超过完成时限{deadline}，尚未完成。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no section)</source>
        <translation>（未分章节）</translation>
    </message>
    <message>
        <location filename="../../ipdesk/analytics/desk.py" line="-8"/>
        <source>Report submissions by department, {period}</source>
        <translation>各部门报送情况（{period}）</translation>
    </message>
</context>
<context>
    <name>AssignmentsEditor</name>
    <message>
        <location filename="../../ui/pages/assignments_editor.py" line="+75"/>
        <source>Responsible departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department to add…</source>
        <translation>选择或输入要增加的部门…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Changing the role…</source>
        <translation>正在修改职责…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assigning the department…</source>
        <translation>正在分配部门…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {department} from this task? Its reports on the task are removed as well.</source>
        <translation>确定将{department}从该任务中移除吗？该部门对此任务的报送记录将一并删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing the department…</source>
        <translation>正在移除部门…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove department</source>
        <translation>移除部门</translation>
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
    <name>ChartView</name>
    <message>
        <location filename="../../ui/charts/base.py" line="+91"/>
        <source>Export PNG…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a picture</source>
        <translation>将本图表保存为PNG图片</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The picture could not be written to {path}.</source>
        <translation>无法将图片写入 {path}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ipdesk/cli/database_commands.py" line="+42"/>
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
        <translation>请用 --pdf 文件 和/或 --xlsx 文件 指定报表保存位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--today must be a date like 2026-11-21, not {value}.</source>
        <translation>--today 应为形如 2026-11-21 的日期，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF written: {path} ({pages} pages)</source>
        <translation>已生成PDF：{path}（共{pages}页）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workbook written: {path}</source>
        <translation>已生成Excel文件：{path}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/lookup.py" line="+28"/>
        <source>No administrative unit is called &quot;{name}&quot;; add it first with &quot;ipdesk unit add&quot;.</source>
        <translation>没有名为“{name}”的行政区划，请先用“ipdesk unit add”添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several units are called &quot;{name}&quot;; give the number: {choices}.</source>
        <translation>有多个行政区划名为“{name}”，请给出编号：{choices}。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give {flag} a date as 2024-07-10, 2024/7/10, 2024.7.10 or 2024年7月10日, not &quot;{value}&quot;.</source>
        <translation>{flag} 请写作日期，如 2024-07-10、2024/7/10、2024.7.10 或 2024年7月10日，不能是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/unit_commands.py" line="+51"/>
        <source>Added {level} {name} (number {id}).</source>
        <translation>已添加{level}：{name}（编号 {id}）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No administrative units yet; add them with &quot;ipdesk unit add&quot;.</source>
        <translation>还没有行政区划，请用“ipdesk unit add”添加。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation has no unit yet; choose it with &quot;ipdesk unit use&quot;.</source>
        <translation>本机尚未选择所属行政区划，请用“ipdesk unit use”选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>* this installation: {unit}, {office}</source>
        <translation>* 本机所属：{unit}，{office}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This installation now works for {unit} ({office}).</source>
        <translation>本机现服务于{unit}（{office}）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/indicator_commands.py" line="+52"/>
        <source>No indicator is called &quot;{name}&quot;; see &quot;ipdesk indicator list&quot;.</source>
        <translation>没有名为“{name}”的指标，请查看“ipdesk indicator list”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several indicators are called &quot;{name}&quot;; give the number: {choices}.</source>
        <translation>有多个指标名为“{name}”，请给出编号：{choices}。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No indicators.</source>
        <translation>没有指标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nobody responsible)</source>
        <translation>（无责任单位）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{departments} responsible for {indicator}.</source>
        <translation>{indicator}的责任单位：{departments}。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/department_commands.py" line="+99"/>
        <source>Added department {name} (short name {short}, unit {unit}, number {id}).</source>
        <translation>已添加责任单位 {name}（简称 {short}，所属行政区划 {unit}，编号 {id}）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No departments yet; add them with &quot;ipdesk department add&quot;.</source>
        <translation>尚无责任单位；请用“ipdesk department add”添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no longer active)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/entry_commands.py" line="+60"/>
        <source>Reporting period {period} has not been opened; open it with &quot;ipdesk period open {period}&quot;.</source>
        <translation>填报期间 {period} 尚未开启；请用“ipdesk period open {period}”开启。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{department} is not assigned a task numbered {task}; its tasks: {tasks}.</source>
        <translation>{department} 没有编号为 {task} 的任务；其任务：{tasks}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ipdesk/cli/intake_commands.py" line="+180"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{department} has a task {task} in several plans; give --plan: {plans}.</source>
        <translation>{department} 在多个规划中都有任务 {task}；请用 --plan 指定：{plans}。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Give the task&apos;s status, e.g. --status 推进中 or --status in_progress.</source>
        <translation>请填写任务状态，例如 --status 推进中 或 --status in_progress。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>late: due {due}</source>
        <translation>逾期：截止 {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time: due {due}</source>
        <translation>按时：截止 {due}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entered {department}&apos;s report on task {task} for {period}: {status}, {percent}, submitted {submitted} ({timeliness}).</source>
        <translation>已录入 {department} {period} 任务 {task} 的进展：{status}，{percent}，报送日期 {submitted}（{timeliness}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed {department}&apos;s report on task {task} for {period}: {status}, {percent}, submitted {submitted} ({timeliness}).</source>
        <translation>已修改 {department} {period} 任务 {task} 的进展：{status}，{percent}，报送日期 {submitted}（{timeliness}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{department}&apos;s report on task {task} for {period} already says {status}, {percent}, submitted {submitted}; nothing changed.</source>
        <translation>{department} {period} 任务 {task} 的进展已是 {status}，{percent}，报送日期 {submitted}；未作修改。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/intake_commands.py" line="-70"/>
        <source>Title: {title}</source>
        <translation>标题：{title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recognised)</source>
        <translation>（未识别）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number: {number}    Issued by: {issuer}    Date: {date}</source>
        <translation>文号：{number}    发文单位：{issuer}    日期：{date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind: {kind}    Plan period: {period}</source>
        <translation>类型：{kind}    规划期：{period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sections} sections, {tasks} tasks, {indicators} indicators, {warnings} notes</source>
        <translation>章节 {sections} 个，任务 {tasks} 项，指标 {indicators} 个，提示 {warnings} 条</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>line {line}</source>
        <translation>行 {line}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline: {deadline}</source>
        <translation>期限：{deadline}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lines {first}–{last}</source>
        <translation>行 {first}–{last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departments: {departments}</source>
        <translation>责任单位：{departments}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}: {value}</source>
        <translation>{year}年 {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>baseline {year} {value}</source>
        <translation>基期 {year} {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({unit}, {kind})</source>
        <translation>{name}（{unit}，{kind}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>targets: {targets}</source>
        <translation>目标：{targets}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;{name}&quot; is not a department name this document leaves to decide (those are: {names}).</source>
        <translation>“{name}”不是本文件中待确定的单位名称（待确定的是：{names}）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write --map as NAME=DEPARTMENT, e.g. --map 旗文广局=旗文化和旅游局, not &quot;{value}&quot;.</source>
        <translation>--map 应写作 名称=责任单位，例如 --map 旗文广局=旗文化和旅游局，而不是“{value}”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} (renamed? {candidate})</source>
        <translation>{name}（是否已更名为 {candidate}？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (one of: {candidates})</source>
        <translation>{name}（可能是：{candidates}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (new)</source>
        <translation>{name}（新单位）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tasks: {tasks_added} added, {tasks_changed} changed, {tasks_removed} removed; indicators: {indicators_added} added, {indicators_changed} changed, {indicators_removed} removed; plan details and sections: {details_changed} changed</source>
        <translation>任务：新增 {tasks_added} 项，修改 {tasks_changed} 项，删除 {tasks_removed} 项；指标：新增 {indicators_added} 个，修改 {indicators_changed} 个，删除 {indicators_removed} 个；规划信息和章节：修改 {details_changed} 处</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>changed: {items}</source>
        <translation>变动：{items}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The plan names departments the registry does not settle: {names}. Nothing was saved. Decide each with --create-missing (creates the new ones as written), --create NAME=FULL NAME or --map NAME=DEPARTMENT.</source>
        <translation>规划中有责任单位在单位名录中无法确定：{names}。未保存任何内容。请逐一确定：--create-missing（按原文名称新建新单位）、--create 名称=全称 或 --map 名称=责任单位。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan cannot be saved: {problems} Nothing was saved.</source>
        <translation>规划无法保存：{problems} 未保存任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document is a new version of plan {id} 《{title}》 ({changes}). Nothing was saved; add --revise to apply the changes.</source>
        <translation>本文件是规划 {id}《{title}》的新版本（{changes}）。未保存任何内容；如需应用这些修改，请加 --revise。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved plan {id} 《{title}》: {tasks} tasks, {indicators} indicators.</source>
        <translation>已保存规划 {id}《{title}》：任务 {tasks} 项，指标 {indicators} 个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan {id} 《{title}》 already holds this document ({tasks} tasks, {indicators} indicators); nothing was saved.</source>
        <translation>规划 {id}《{title}》已包含本文件的内容（任务 {tasks} 项，指标 {indicators} 个）；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revised plan {id} 《{title}》 ({changes}); it now has {tasks} tasks, {indicators} indicators.</source>
        <translation>已修订规划 {id}《{title}》（{changes}）；现有任务 {tasks} 项，指标 {indicators} 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New department {name} (number {id}) for “{written}”.</source>
        <translation>已为“{written}”新建责任单位 {name}（编号 {id}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{written}” is remembered as a name of {name} (number {id}).</source>
        <translation>“{written}”已记为 {name}（编号 {id}）的别名。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/period_commands.py" line="+51"/>
        <source>Period {period} is open ({start} – {end}); reports are due on {due}.</source>
        <translation>填报期间 {period} 已开启（{start} 至 {end}）；报送截止日期为 {due}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No period is open yet; open one with &quot;ipdesk period open&quot;.</source>
        <translation>尚未开启填报期间；请用“ipdesk period open”开启。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due {date}</source>
        <translation>截止 {date}</translation>
    </message>
</context>
<context>
    <name>CompletenessChart</name>
    <message>
        <location filename="../../ui/charts/completeness_chart.py" line="+26"/>
        <source>Nothing is due in this period.</source>
        <translation>本期没有需要报送的事项。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+52"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="+191"/>
        <source>&amp;Plan:</source>
        <translation>规划(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriod:</source>
        <translation>报送期间(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Preparing the overview…</source>
        <translation>正在生成总览…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a reporting period to see the overview.</source>
        <translation>请先新建报送期间，再查看总览。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Judged on {date}; reports due {due}.</source>
        <translation>评价日期：{date}；报送截止：{due}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This office&apos;s plans</source>
        <translation>本级及上级规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+103"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>完成状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was judged</source>
        <translation>评价依据</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing the items…</source>
        <translation>正在列出明细…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{department}: {segment}</source>
        <translation>{department}：{segment}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tasks: {status}</source>
        <translation>任务：{status}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{department}, {period}: {state}</source>
        <translation>{department}（{period}）：{state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reported values: {indicator}</source>
        <translation>历期数值：{indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected then</source>
        <translation>当期序时目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="+87"/>
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
    <name>DepartmentChart</name>
    <message>
        <location filename="../../ui/charts/department_chart.py" line="+19"/>
        <source>Most behind first</source>
        <translation>滞后多的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest on-schedule rate first</source>
        <translation>按期推进率低的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most tasks first</source>
        <translation>任务多的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By name</source>
        <translation>按部门名称</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Sort:</source>
        <translation>排序(&amp;S)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No department has tasks in this choice.</source>
        <translation>当前筛选条件下没有承担任务的部门。</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../ui/pages/department_dialogs.py" line="+45"/>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another name used in documents, e.g. 市监局</source>
        <translation>文件中使用的其他名称，如“市监局”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add name</source>
        <translation>添加名称(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve name</source>
        <translation>删除名称(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full &amp;name:</source>
        <translation>全称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative &amp;unit:</source>
        <translation>所属行政区(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also known as:</source>
        <translation>别称：</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Write the department&apos;s full name, as on its seal.</source>
        <translation>请填写部门全称（与公章一致）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving the department…</source>
        <translation>正在保存部门…</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="+89"/>
        <source>&amp;Department:</source>
        <translation>单位(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>职责(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a registered department, or type the name as the document writes it; a name the registry lacks is decided in the next step.</source>
        <translation>请选择单位名录中的单位，或按文件原文输入单位名称；名录中没有的名称在下一步中确定。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose or type a department.</source>
        <translation>请选择或输入单位。</translation>
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
    <name>DepartmentsBox</name>
    <message>
        <location filename="../../ui/pages/exchange/departments_box.py" line="+114"/>
        <source>Department names to confirm</source>
        <translation>待确认的单位名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These names are not in the department registry. Choose the department each one means — ipdesk remembers it as another name of that department — then preview again.</source>
        <translation>以下名称在单位名录中找不到。请为每个名称选定对应的单位（系统会将其记为该单位的别称），然后重新预览。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm and preview again</source>
        <translation>确认并重新预览</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>in {files}</source>
        <translation>见于 {files}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {files}, rows {rows}</source>
        <translation>见于 {files}，第 {rows} 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a new department &quot;{name}&quot;</source>
        <translation>新建单位“{name}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: {name}</source>
        <translation>建议：{name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose, or type to search…</source>
        <translation>请选择，或输入名称查找…</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+22"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/departments_page.py" line="+81"/>
        <source>Find a department by any of its names, its unit or contact…</source>
        <translation>按部门全称、简称、别称、行政区或联系人查找…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show merged and &amp;dissolved departments</source>
        <translation>显示已撤并的部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New department…</source>
        <translation>新增部门(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into successor…</source>
        <translation>并入承继部门(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n department(s)</source>
        <translation>
            <numerusform>共 %n 个部门</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentsPanel</name>
    <message>
        <location filename="../../ui/intake/departments_step.py" line="+181"/>
        <source>These department names are not (or not clearly) in the department registry. Choose the department each one means — ipdesk remembers the name for next time — or create a new department. Collectives such as 各旗县区人民政府 are created with the kind “Collective”.</source>
        <translation>以下单位名称在单位名录中找不到或无法确定。请为每个名称选择对应的单位（系统会记住该名称，下次自动识别），或新建单位。“各旗县区人民政府”等统称，新建时类型选“统称”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every department the document names is in the registry. Nothing to decide.</source>
        <translation>文件中的责任单位均已在单位名录中，无需处理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in the document</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department it means</source>
        <translation>对应单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the new department</source>
        <translation>新建单位全称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>DepartmentsStep</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="+181"/>
        <source>Departments</source>
        <translation>确认责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map each unknown name to a registered department, or create it.</source>
        <translation>为每个未识别的单位名称指定名录中的单位，或新建单位。</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../ui/intake/diff_view.py" line="+21"/>
        <location line="+10"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-9"/>
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
        <source>Issue date</source>
        <translation>发文日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document kind</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>所在章节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator kind</source>
        <translation>指标类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year</source>
        <translation>基期年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline value</source>
        <translation>基期值</translation>
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
    <message>
        <location line="+43"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored now</source>
        <translation>库中现有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the document</source>
        <translation>修订文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The document matches the stored plan; saving changes nothing.</source>
        <translation>文件与库中规划一致，保存不会产生变化。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Plan details (%n)</source>
        <translation>
            <numerusform>规划基本信息（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+57"/>
        <location line="+18"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+64"/>
        <location line="+19"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location line="-82"/>
        <source>Sections (%n)</source>
        <translation>
            <numerusform>章节（%n 处）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>New tasks (%n)</source>
        <translation>
            <numerusform>新增任务（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tasks no longer in the document (%n)</source>
        <translation>
            <numerusform>修订文件中已没有的任务（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Changed tasks (%n)</source>
        <translation>
            <numerusform>修改的任务（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>New indicators (%n)</source>
        <translation>
            <numerusform>新增指标（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Indicators no longer in the document (%n)</source>
        <translation>
            <numerusform>修订文件中已没有的指标（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Changed indicators (%n)</source>
        <translation>
            <numerusform>修改的指标（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Unchanged: %n task(s)</source>
        <translation>
            <numerusform>未变化：任务 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n indicator(s)</source>
        <translation>
            <numerusform>，指标 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Target {year}</source>
        <translation>{year}年目标</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>stays: it has %n report(s) on this task</source>
        <translation>
            <numerusform>保留：该单位已就此任务报送 %n 次进展</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer named</source>
        <translation>不再列出</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>stays: departments have filed %n report(s) on it</source>
        <translation>
            <numerusform>保留：各单位已报送 %n 次进展</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>stays: %n value(s) recorded</source>
        <translation>
            <numerusform>保留：已录入 %n 个数值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftIndicatorModel</name>
    <message>
        <location filename="../../ui/intake/draft_indicators.py" line="+54"/>
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
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>原文行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target {year}</source>
        <translation>{year}年目标</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>{value} ({year})</source>
        <translation>{value}（{year}年）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The baseline must be a number.</source>
        <translation>基期值必须是数字。</translation>
    </message>
</context>
<context>
    <name>DraftTreeModel</name>
    <message>
        <location filename="../../ui/intake/draft_tree.py" line="+87"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section, task or department</source>
        <translation>章节、任务或责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>原文行</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>In the department registry as {name}.</source>
        <translation>单位名录中的“{name}”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several registered departments answer to this name; choose one in the next step.</source>
        <translation>名录中有多个单位与此名称相符，请在下一步中选定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Found under its new name {name} (机构改革); confirm it in the next step.</source>
        <translation>按机构改革后的新名称“{name}”找到，请在下一步中确认。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the department registry; map it or create it in the next step.</source>
        <translation>单位名录中没有此单位，请在下一步中指定或新建。</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../ui/pages/exchange/drop_zone.py" line="+55"/>
        <source>Drop the returned forms or task assignment tables here</source>
        <translation>将各单位报回的填报表或任务分工表拖放到这里</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file, several files or a whole folder. Nothing is written until you have checked the preview and confirmed.</source>
        <translation>可以是一个文件、多个文件或整个文件夹。核对预览并确认之前，不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
</context>
<context>
    <name>EditableGridModel</name>
    <message>
        <location filename="../../ui/models/editable_grid.py" line="+360"/>
        <source>Edit {column}</source>
        <translation>修改“{column}”</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-12"/>
        <source>Data entry</source>
        <translation>数据填报</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="+117"/>
        <source>The reports on this page have changes that are not saved.</source>
        <translation>本页填报内容有修改尚未保存。</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Type, paste from Excel or WPS, or pick from the list; Enter and Tab move on, Alt+Enter starts a new line, Ctrl+D fills down. Changed cells are yellow until saved; a red cell says next to it what is wrong.</source>
        <translation>可直接录入、从 Excel/WPS 粘贴或从列表选择；回车、Tab 键移到下一格，Alt+回车在格内换行，Ctrl+D 向下填充。修改过的单元格在保存前显示为黄色；红色单元格旁会提示问题所在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Period:</source>
        <translation>报送期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New period…</source>
        <translation>新建期间…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>撤销全部修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every unsaved change on this page</source>
        <translation>放弃本页所有未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>重做（Ctrl+Y）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected cells for Excel or WPS (Ctrl+C)</source>
        <translation>复制所选单元格，可粘贴到 Excel/WPS（Ctrl+C）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste cells copied in Excel or WPS (Ctrl+V)</source>
        <translation>粘贴从 Excel/WPS 复制的单元格（Ctrl+V）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill down</source>
        <translation>向下填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the top cell into the selected cells below it (Ctrl+D)</source>
        <translation>将所选区域首行的内容填充到下方单元格（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the selected cells (Delete)</source>
        <translation>清空所选单元格（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>报送历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every report filed on the selected task (Ctrl+H)</source>
        <translation>查看所选任务的历次报送（Ctrl+H）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No indicators are assigned to this department. Responsible departments are set on the Indicators page; their values can also be entered there.</source>
        <translation>该部门没有承担的指标。指标的责任单位在“指标”页设置，指标数值也可在该页填报。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Data changed elsewhere; this page refreshes after you save or revert.</source>
        <translation>数据已在别处更新，本页将在保存或撤销修改后刷新。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The period is locked; its reports can no longer be changed.</source>
        <translation>该期间已锁定，报送内容不能再修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{period} is locked: its reports are shown read-only.</source>
        <translation>{period}已锁定，报送内容仅供查看。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{period} (locked)</source>
        <translation>{period}（已锁定）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No reporting period is open yet. Use “New period…” to open one.</source>
        <translation>尚未建立报送期间，请点击“新建期间…”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tasks are assigned to any department yet.</source>
        <translation>尚未给任何部门分配任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported on {reported} of {total} tasks; due {date}.</source>
        <translation>已报送 {reported}/{total} 项任务，截止日期 {date}。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n report(s) overdue.</source>
        <translation>
            <numerusform>逾期未报 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report history</source>
        <translation>报送历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators ({count})</source>
        <translation>指标（{count}）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No unsaved changes</source>
        <translation>没有未保存的修改</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n 处修改未保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cell(s) to correct</source>
        <translation>
            <numerusform>%n 个单元格需更正</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Correct the red cells before saving; each says what is wrong.</source>
        <translation>请先更正红色单元格再保存，每个单元格旁都有问题说明。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving the reports…</source>
        <translation>正在保存报送内容…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved: %n report(s)</source>
        <translation>
            <numerusform>已保存：%n 项任务报送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n indicator value(s).</source>
        <translation>
            <numerusform>，%n 个指标数值。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changes dropped.</source>
        <translation>已放弃修改。</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>{name} ({reported}/{expected} reported)</source>
        <translation>{name}（已报 {reported}/{expected}）</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../../ipdesk/domain/enums.py" line="+143"/>
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
        <location filename="../../ipdesk/domain/periods.py" line="+54"/>
        <source>Year {year} is out of range ({low}–{high}).</source>
        <translation>年份 {year} 超出范围（{low}–{high}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period number {number} does not exist for a {kind}.</source>
        <translation>{kind}中不存在第 {number} 期。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;{text}&quot; is not a reporting period. Write a year (2024), a half-year (2024H1), a quarter (2024Q2) or a month (2024-05).</source>
        <translation>“{text}”不是有效的报送期间。请填写年度（2024）、半年（2024H1）、季度（2024Q2）或月份（2024-05）。</translation>
    </message>
    <message>
        <location line="+63"/>
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
        <location filename="../../ipdesk/services/base.py" line="+37"/>
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
        <location filename="../../ipdesk/services/departments.py" line="+135"/>
        <location line="+39"/>
        <location filename="../../ipdesk/services/plan_intake/writing.py" line="+142"/>
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
        <location line="+83"/>
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
        <location line="+17"/>
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
        <location filename="../../ipdesk/services/plan_intake/writing.py" line="+79"/>
        <location line="+159"/>
        <location filename="../../ipdesk/services/plans.py" line="+34"/>
        <location line="+9"/>
        <source>A plan with this title and document number already exists.</source>
        <translation>已存在标题和文号相同的规划。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/plans.py" line="+34"/>
        <source>The parent section belongs to another plan.</source>
        <translation>上级章节属于另一个规划。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/reports.py" line="+75"/>
        <source>The completion percentage must be a number.</source>
        <translation>完成比例必须是数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The completion percentage must be between 0 and 100, not {value}.</source>
        <translation>完成比例必须在 0 到 100 之间，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/base.py" line="+9"/>
        <source>The submission date {date} is in the future.</source>
        <translation>报送日期 {date} 晚于今天（是未来的日期）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/tasks.py" line="+231"/>
        <source>The section belongs to another plan.</source>
        <translation>该章节属于另一个规划。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/plan_intake/writing.py" line="-217"/>
        <location filename="../../ipdesk/services/tasks.py" line="+12"/>
        <source>{name} is no longer active; assign its successor instead.</source>
        <translation>{name}已撤并，请改为分配给其承继部门。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/tasks.py" line="+6"/>
        <source>{name} is already assigned to this task.</source>
        <translation>{name}已承担该任务。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/units.py" line="+69"/>
        <source>A {child} cannot sit under a {parent}.</source>
        <translation>{child}不能隶属于{parent}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code {code} already belongs to {name}.</source>
        <translation>代码 {code} 已属于{name}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit named {name} already exists there.</source>
        <translation>该处已有名为“{name}”的行政区。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/values.py" line="+67"/>
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
        <location line="+62"/>
        <source>{path} is not an ipdesk database (or it is damaged). Choose another file, or restore a backup.</source>
        <translation>{path} 不是 ipdesk 数据库（或已损坏）。请选择其他文件，或从备份恢复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {path} could not be opened: {detail}. Check that it is reachable.</source>
        <translation>无法打开数据库 {path}：{detail}。请检查能否访问该数据库。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/storage/migrations.py" line="+91"/>
        <source>The program&apos;s database migrations are missing.</source>
        <translation>程序缺少数据库升级脚本，请重新安装 ipdesk。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This file holds a database that ipdesk did not create. Choose an ipdesk database.</source>
        <translation>该文件中的数据库不是由 ipdesk 创建的，请选择 ipdesk 数据库。</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <translation>红黄绿阈值须满足 0 &lt; 黄 ≤ 绿 ≤ 200%（当前绿{green}，黄{yellow}）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/data.py" line="+95"/>
        <source>There are no plans to report on yet.</source>
        <translation>尚无可生成报表的规划（方案）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No department is called &quot;{name}&quot;. Check the name in the department list.</source>
        <translation>没有名为“{name}”的单位，请在单位名录中核对名称。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/gui_app.py" line="+32"/>
        <source>Printing needs the graphical part of Qt, but a console-only Qt application is running.</source>
        <translation>打印需要图形界面组件，但当前运行的是纯命令行Qt程序。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/pdf.py" line="+76"/>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>无法将PDF写入{path}：{reason}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>无法打开打印机或文件进行输出。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/xlsx.py" line="+92"/>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation>无法将Excel文件写入{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/queries.py" line="+451"/>
        <source>A report has a status ipdesk does not know. Check the database with its maintainer.</source>
        <translation>有一条报送的状态 ipdesk 无法识别。请联系数据库管理员检查数据库。</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../ipdesk/excel/guards.py" line="+73"/>
        <location filename="../../ipdesk/services/exchange/reading.py" line="+37"/>
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
        <location filename="../../ipdesk/services/exchange/form_rows.py" line="+108"/>
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
        <location filename="../../ipdesk/services/exchange/labels.py" line="+21"/>
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
        <location filename="../../ipdesk/services/exchange/reading.py" line="+14"/>
        <source>This exact file was already imported on {date} (import {batch}); it is skipped.</source>
        <translation>该文件已于{date}导入过（导入批次 {batch}），本次跳过。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no sheets</source>
        <translation>没有工作表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No 分工表 or report form was found in the file ({reasons}).</source>
        <translation>文件中未找到分工表或报送表（{reasons}）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/form_import.py" line="+125"/>
        <source>header block and column headings</source>
        <translation>表头和列标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s hidden identity was altered; it was matched by its headings.</source>
        <translation>报表的隐藏识别信息已被改动，已按列标题识别。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ipdesk/services/exchange/table_import.py" line="+171"/>
        <source>hidden identity sheet</source>
        <translation>隐藏识别工作表</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The form does not say which department sent it (填报单位); fill it in and import again.</source>
        <translation>报表未注明填报单位，请填写后重新导入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form does not say which reporting period it is for; choose the period and preview again.</source>
        <translation>报表未注明报送期间，请选择期间后重新预览。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which department is &quot;{name}&quot;? Choose it and preview again.</source>
        <translation>“{name}”是哪个部门？请选择后重新预览。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reporting period {period} is locked; unlock it in the period settings to import this form.</source>
        <translation>报送期间 {period} 已锁定；如需导入此表，请先在期间设置中解除锁定。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{reason} It was left out; correct it in the form if it matters.</source>
        <translation>{reason}未予采用；如需记录，请在表中改正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/form_rows.py" line="-36"/>
        <source>This task is not among {department}&apos;s tasks; the row was not imported.</source>
        <translation>该任务不属于{department}承担的任务，此行未导入。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/planning.py" line="+124"/>
        <source>See the problems listed for this row.</source>
        <translation>请查看此行列出的问题。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/form_rows.py" line="+30"/>
        <source>This indicator is not in the database; the row was not imported.</source>
        <translation>数据库中没有该指标，此行未导入。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set this installation&apos;s administrative unit in Settings before importing values.</source>
        <translation>导入数值前，请先在“设置”中选择本单位所属行政区。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Entered by hand in ipdesk; the file&apos;s version replaces it only if you choose to overwrite.</source>
        <translation>该内容是在 ipdesk 中手工录入的；只有选择覆盖时才会用文件中的内容替换。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A newer report (submitted {date}) is already on file.</source>
        <translation>已有更新的报送（{date}报送）。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/table_import.py" line="-110"/>
        <source>Only the first table ({sheet}) was read; other sheets: {others}.</source>
        <translation>只读取了第一个表（{sheet}）；其他工作表：{others}。</translation>
    </message>
    <message>
        <location line="+101"/>
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
        <location line="-107"/>
        <source>A new plan &quot;{title}&quot; will be created for this table.</source>
        <translation>将为此表新建规划“{title}”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rows {rows} were combined into one task ({task}).</source>
        <translation>第 {rows} 行已合并为一项任务（{task}）。</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Role of {name}</source>
        <translation>{name}的职责</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is no longer listed but has filed reports on this task; it stays unless you choose to overwrite.</source>
        <translation>{name}已不在表中，但已报送过该任务的进展；除非选择覆盖，否则予以保留。</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>{count} tasks of the plan are not in this table; they are kept as they are.</source>
        <translation>规划中有 {count} 项任务不在此表中，保持不变。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} department names are not in the registry; choose or create them.</source>
        <translation>有 {count} 个部门名称不在部门名录中，请选择对应部门或新建。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/commit.py" line="+43"/>
        <source>Skipped by you.</source>
        <translation>已按您的选择跳过。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} changed since the preview; preview it again before importing.</source>
        <translation>{name}在预览后已有变动，请重新预览后再导入。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{name}: choose or create these departments first: {names}.</source>
        <translation>{name}：请先选择或新建以下部门：{names}。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/preview.py" line="+45"/>
        <source>Every row was refused ({count}); nothing will be imported. Export the problem list and send it back to be corrected.</source>
        <translation>所有行均被拒收（{count} 行），本文件不会导入。请导出问题清单，退回修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing in this file is filled in; nothing will be imported.</source>
        <translation>本文件没有填写任何内容，不会导入。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Previewed file</source>
        <translation>已预览的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has no problems to send back.</source>
        <translation>{name}没有需要退回修改的问题。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/undo.py" line="+26"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {batch} was already undone.</source>
        <translation>导入批次 {batch} 已撤销过。</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location filename="../../ipdesk/cli/lookup.py" line="-30"/>
        <source>No single department is called &quot;{name}&quot;.</source>
        <translation>没有唯一名为“{name}”的部门。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean (give the number): {hint}</source>
        <translation>您指的是哪一个（请填写编号）：{hint}</translation>
    </message>
    <message>
        <location filename="../../ipdesk/cli/excel_commands.py" line="+72"/>
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
        <location line="+82"/>
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
        <location filename="../../ui/pages/__init__.py" line="+5"/>
        <location filename="../../ui/pages/exchange_page.py" line="+114"/>
        <source>Import and export</source>
        <translation>导入导出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_page.py" line="+3"/>
        <source>Take in the forms departments send back and the task assignment tables you receive; send out report forms and task assignment tables. Every import is previewed first and can be undone.</source>
        <translation>导入各单位报回的填报表和收到的任务分工表，导出填报表和任务分工表。每次导入都先预览，导入后也可以撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export task assignment table…</source>
        <translation>导出任务分工表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report forms…</source>
        <translation>导出填报表…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please wait until the current step has finished.</source>
        <translation>请等待当前操作完成。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Excel and WPS spreadsheets ({patterns})</source>
        <translation>Excel 和 WPS 表格 ({patterns})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the files to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder to import</source>
        <translation>选择要导入的文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stem} - problems.xlsx</source>
        <translation>{stem}_问题清单.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the problem list</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading and checking the files…</source>
        <translation>正在读取并核对文件…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder holds no files to import.</source>
        <translation>文件夹中没有可导入的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a department for at least one of the names first.</source>
        <translation>请先为至少一个名称选定单位。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何数据。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the problem list…</source>
        <translation>正在生成问题清单…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem list saved: {path}. Send it back to the department; the cells to fix are marked.</source>
        <translation>问题清单已保存：{path}。请退回填报单位，需要修改的单元格已标出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo the import of &quot;{name}&quot; ({when})? Everything it wrote is put back as it was before.</source>
        <translation>撤销“{name}”（{when}）的导入？该文件写入的所有内容都将恢复原状。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo the last import of {count} files ({names})? Everything they wrote is put back as it was before.</source>
        <translation>撤销上次导入的 {count} 个文件（{names}）？这些文件写入的所有内容都将恢复原状。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import undone: {names} ({count} changes put back).</source>
        <translation>已撤销导入：{names}（恢复 {count} 处改动）。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_common.py" line="+99"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>ExportFormsDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_forms_dialog.py" line="+78"/>
        <source>Export report forms</source>
        <translation>导出填报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>报送期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departments</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save into folder</source>
        <translation>保存到文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2024Q2</source>
        <translation>如 2024Q2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ({code})</source>
        <translation>{label}（{code}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} — tasks: {tasks}, indicators: {indicators}</source>
        <translation>{name}（{tasks} 项任务，{indicators} 项指标）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All ({count} of {total} chosen)</source>
        <translation>全选（已选 {count} / {total}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to save the forms</source>
        <translation>选择填报表的保存位置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick at least one department.</source>
        <translation>请至少勾选一个单位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder to save the forms into.</source>
        <translation>请选择保存填报表的文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {count} report forms…</source>
        <translation>正在生成 {count} 份填报表…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {count} report forms for {period} in {folder}.</source>
        <translation>已将{period}的 {count} 份填报表保存到 {folder}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; forms written before you cancelled stay in the folder.</source>
        <translation>已取消导出；取消前已生成的填报表仍保留在文件夹中。</translation>
    </message>
</context>
<context>
    <name>ExportTableDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_table_dialog.py" line="+89"/>
        <source>Export task assignment table</source>
        <translation>导出任务分工表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>规划（方案）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>导出范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole plan</source>
        <translation>整个方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One year:</source>
        <translation>某一年度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One department:</source>
        <translation>某一单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search</source>
        <translation>输入名称查找</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title} ({years})</source>
        <translation>{title}（{years}）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no plan in this database yet.</source>
        <translation>本数据库中还没有规划（方案）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the task assignment table</source>
        <translation>保存任务分工表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a plan.</source>
        <translation>请选择规划（方案）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the table.</source>
        <translation>请选择保存位置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a department from the list.</source>
        <translation>请从列表中选择单位。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing {name}…</source>
        <translation>正在生成{name}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path} ({count} tasks).</source>
        <translation>已保存 {path}（共 {count} 项任务）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未生成文件。</translation>
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
        <location filename="../../ipdesk/services/exchange/form_export.py" line="+112"/>
        <location filename="../../ipdesk/services/exchange/table_export.py" line="+58"/>
        <location filename="../../ipdesk/services/exchange/table_writes.py" line="+167"/>
        <location filename="../../ipdesk/services/indicators.py" line="-3"/>
        <location filename="../../ipdesk/services/plan_intake/writing.py" line="-3"/>
        <location filename="../../ipdesk/services/tasks.py" line="-9"/>
        <location filename="../../ipdesk/services/values.py" line="+54"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/department_dialogs.py" line="-57"/>
        <location line="+21"/>
        <location filename="../../ipdesk/services/departments.py" line="-151"/>
        <location line="+35"/>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/departments.py" line="-34"/>
        <location line="+39"/>
        <source>Department kind</source>
        <translation>部门类型</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+41"/>
        <location filename="../../ipdesk/services/plans.py" line="-74"/>
        <location filename="../../ipdesk/services/units.py" line="-17"/>
        <location line="+38"/>
        <location filename="../../ipdesk/services/values.py" line="-3"/>
        <source>Administrative unit</source>
        <translation>行政区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/department_dialogs.py" line="-20"/>
        <location filename="../../ipdesk/services/departments.py" line="-37"/>
        <location line="+29"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ipdesk/services/departments.py" line="-26"/>
        <location line="+37"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ipdesk/services/departments.py" line="-36"/>
        <location line="+37"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/task_dialog.py" line="+150"/>
        <location filename="../../ipdesk/services/departments.py" line="-36"/>
        <location line="+37"/>
        <location filename="../../ipdesk/services/plans.py" line="-19"/>
        <location filename="../../ipdesk/services/tasks.py" line="-23"/>
        <location filename="../../ipdesk/services/values.py" line="+18"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/department_dialogs.py" line="+1"/>
        <location filename="../../ipdesk/services/departments.py" line="+31"/>
        <source>Alias</source>
        <translation>别称</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/entry.py" line="+189"/>
        <location filename="../../ipdesk/services/indicators.py" line="-111"/>
        <location line="+33"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+8"/>
        <location filename="../../ipdesk/services/values.py" line="-25"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/exchange/table_export.py" line="-23"/>
        <location filename="../../ipdesk/services/exchange/table_import.py" line="+24"/>
        <location filename="../../ipdesk/services/indicators.py" line="-54"/>
        <location filename="../../ipdesk/services/plan_intake/service.py" line="+57"/>
        <location filename="../../ipdesk/services/plan_intake/writing.py" line="+246"/>
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
        <location line="-145"/>
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
        <location line="+147"/>
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
        <location filename="../../ui/pages/task_dialog.py" line="+1"/>
        <location filename="../../ipdesk/services/plans.py" line="-24"/>
        <location line="+23"/>
        <location line="+9"/>
        <location filename="../../ipdesk/services/tasks.py" line="-31"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/reports.py" line="+74"/>
        <location line="+71"/>
        <location filename="../../ipdesk/services/tasks.py" line="+33"/>
        <location line="+7"/>
        <source>Assignment</source>
        <translation>任务分工</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+4"/>
        <source>Reporter</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../../ipdesk/services/tasks.py" line="-90"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+37"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/task_dialog.py" line="-7"/>
        <location line="+20"/>
        <location filename="../../ipdesk/services/tasks.py" line="-30"/>
        <source>Task title</source>
        <translation>任务标题</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../ipdesk/services/tasks.py" line="+2"/>
        <source>Task number</source>
        <translation>任务序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ipdesk/services/tasks.py" line="+2"/>
        <source>Task text</source>
        <translation>任务内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ipdesk/services/tasks.py" line="+2"/>
        <source>Measures</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../ipdesk/services/tasks.py" line="+4"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ipdesk/services/tasks.py" line="+3"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/units.py" line="-42"/>
        <source>Unit name</source>
        <translation>行政区名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit level</source>
        <translation>行政区级别</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unit code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Office name</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/values.py" line="-19"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Indicator value</source>
        <translation>指标数值</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="+23"/>
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
    <name>GridView</name>
    <message>
        <location filename="../../ui/pages/entry_grid.py" line="+279"/>
        <location filename="../../ui/screenshots.py" line="+56"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>已粘贴 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cell(s) that cannot be changed here were left as they were.</source>
        <translation>
            <numerusform>%n 个不可修改的单元格保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) below the end of the table were not pasted.</source>
        <translation>
            <numerusform>超出表格末行的 %n 行未粘贴。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fill down</source>
        <translation>向下填充</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Filled %n cell(s).</source>
        <translation>
            <numerusform>已填充 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cleared %n cell(s).</source>
        <translation>
            <numerusform>已清空 %n 个单元格。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/pages/exchange/history_panel.py" line="+55"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last import…</source>
        <translation>撤销上次导入…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No files have been imported into this database yet. Task assignment tables, progress forms and indicator forms imported from Excel will be listed here.</source>
        <translation>本数据库尚未导入任何文件。今后从 Excel 导入的任务分工表、进展填报表和指标填报表都将列在这里。</translation>
    </message>
</context>
<context>
    <name>HorizontalBarsView</name>
    <message>
        <location filename="../../ui/charts/bars.py" line="+126"/>
        <source>Total: {total}{unit}</source>
        <translation>合计：{total}{unit}</translation>
    </message>
</context>
<context>
    <name>ImportChangeModel</name>
    <message>
        <location filename="../../ui/models/import_changes.py" line="+20"/>
        <source>Field</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On file</source>
        <translation>库中现有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the form</source>
        <translation>表中填报</translation>
    </message>
</context>
<context>
    <name>ImportFileModel</name>
    <message>
        <location filename="../../ui/models/import_files.py" line="+36"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department or plan</source>
        <translation>单位或方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
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
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ImportPlanButton</name>
    <message>
        <location filename="../../ui/intake/__init__.py" line="+52"/>
        <source>Import plan document…</source>
        <translation>导入规划文件…</translation>
    </message>
</context>
<context>
    <name>ImportProblemModel</name>
    <message>
        <location filename="../../ui/models/import_problems.py" line="+26"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>填写内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportRowModel</name>
    <message>
        <location filename="../../ui/models/import_rows.py" line="+30"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet / row</source>
        <translation>工作表 · 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task or indicator</source>
        <translation>任务或指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (on file → form)</source>
        <translation>改动（库中 → 表中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tick to replace what is on file with the form&apos;s version.</source>
        <translation>勾选后，以表中填报的内容替换库中现有内容。</translation>
    </message>
</context>
<context>
    <name>ImportStates</name>
    <message>
        <location filename="../../ui/models/import_states.py" line="+18"/>
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
        <translation>无变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not filled in</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be imported</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department to confirm</source>
        <translation>待确认单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/pages/exchange/summary.py" line="+28"/>
        <source>All these files were imported before; nothing will be imported again.</source>
        <translation>这些文件以前都已导入过，不会重复导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to import.</source>
        <translation>没有可以导入的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to import: no file is ready and ticked.</source>
        <translation>没有可以导入的文件：请勾选至少一个可导入的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm the {count} department names above first, or untick those files.</source>
        <translation>请先确认上方 {count} 个单位名称，或取消勾选相关文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {files} files: {new} new rows, {changed} changed, {conflicts} conflicts ({overwrite} to overwrite), {rejected} rejected.</source>
        <translation>将导入 {files} 个文件：新增 {new} 行，修改 {changed} 行，冲突 {conflicts} 行（其中覆盖 {overwrite} 行），拒收 {rejected} 行。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} files refused: nothing in them can be imported; send their problem lists back.</source>
        <translation>拒收 {count} 个文件：其中没有可以导入的行，请退回问题清单。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{applied} files imported: {new} new rows, {changed} changed, {kept} conflicts kept, {rejected} rejected.</source>
        <translation>已导入 {applied} 个文件：新增 {new} 行，修改 {changed} 行，冲突保留原内容 {kept} 行，拒收 {rejected} 行。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{count} files had been imported before and were skipped.</source>
        <translation>{count} 个文件以前已导入过，已跳过。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: import {batch}, {new} new, {changed} changed, {rejected} rejected</source>
        <translation>{name}：导入批次 {batch}，新增 {new} 行，修改 {changed} 行，拒收 {rejected} 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: not imported ({reason})</source>
        <translation>{name}：未导入（{reason}）</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../ui/pages/indicator_dialog.py" line="+89"/>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set this installation&apos;s administrative unit in Settings before entering indicator values.</source>
        <translation>请先在“设置”中选择本单位所属行政区，再填报指标数值。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual values</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Adding the department…</source>
        <translation>正在添加责任单位…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removing the department…</source>
        <translation>正在移除责任单位…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Correct the red cells before saving; each says what is wrong.</source>
        <translation>请先更正红色单元格再保存，每个单元格旁都有问题说明。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the indicator…</source>
        <translation>正在保存指标…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving the changed targets and values?</source>
        <translation>目标值和实际值的修改尚未保存，确定关闭吗？</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <location filename="../../ui/models/indicator_grid.py" line="+30"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target this year</source>
        <translation>本年目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Set this installation&apos;s administrative unit in Settings before entering indicator values.</source>
        <translation>请先在“设置”中选择本单位所属行政区，再填报指标数值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This column cannot be changed here.</source>
        <translation>此列不能在这里修改。</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/models/indicator_table.py" line="+56"/>
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
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest actual</source>
        <translation>最新实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected today</source>
        <translation>序时进度（今日应达）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{value} ({period})</source>
        <translation>{value}（{period}）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not written in the plan for this year: read off the path between its targets.</source>
        <translation>规划未明确本年目标，按基期值和各年目标推算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the indicator should be today on the path from the baseline to its targets.</source>
        <translation>按基期值到目标值的进度，截至今日应达到的数值。</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Target {year}</source>
        <translation>{year}年目标</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{value} ({year})</source>
        <translation>{value}（{year}年）</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-7"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/indicators_page.py" line="+142"/>
        <source>&amp;Plan:</source>
        <translation>规划(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Standing:</source>
        <translation>评价(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in a name or a department…</source>
        <translation>按指标名称或责任单位查找…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit targets and values…</source>
        <translation>编辑目标值和实际值(&amp;E)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assessing the indicators…</source>
        <translation>正在评价各项指标…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All plans</source>
        <translation>全部规划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>共 %n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose an indicator to see its definition, targets and trajectory.</source>
        <translation>选择一项指标，查看其定义、目标值和走势。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No targets or values to draw for this indicator.</source>
        <translation>该指标没有可绘制的目标值或实际值。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the indicator…</source>
        <translation>正在读取指标…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{year}: {value}</source>
        <translation>{year}年：{value}</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>How it stands</source>
        <translation>完成情况</translation>
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
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/intake/__init__.py" line="-14"/>
        <source>Saved “{title}”: {count} task(s), {indicators} indicator(s).</source>
        <translation>已保存《{title}》：任务 {count} 项，指标 {indicators} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="+168"/>
        <location line="+70"/>
        <source>Import plan document</source>
        <translation>导入规划文件</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving the plan…</source>
        <translation>正在保存规划…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close without saving? What was read and edited is dropped.</source>
        <translation>不保存就关闭吗？已读取和修改的内容将被放弃。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+148"/>
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
        <source>&amp;Import plan document…</source>
        <translation>导入规划文件(&amp;I)…</translation>
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
        <location line="+21"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{page} will show once it is open.</source>
        <translation>打开后将显示“{page}”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ipdesk – IP-strong-city plan desk</source>
        <translation>ipdesk – 知识产权强市建设工作台</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>ipdesk databases ({patterns})</source>
        <translation>ipdesk 数据库（{patterns}）</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{path} already exists. Choose another name, or use File → Open database… to open it.</source>
        <translation>{path} 已存在。请换一个文件名，或通过“文件 → 打开数据库…”打开该文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/pages/department_dialogs.py" line="+84"/>
        <location line="+73"/>
        <source>Merge department</source>
        <translation>合并部门</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Merge {name} into its successor</source>
        <translation>将{name}并入承继部门</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this after a reorganisation (机构改革) renamed or merged the department. Its tasks and indicators move to the successor; the reports it already filed keep their history; its names become names of the successor, so documents and forms using them still match. It is then shown as merged.</source>
        <translation>用于机构改革后部门更名或合并的情形。该部门承担的任务和指标转由承继部门负责；已报送的内容保留原有记录；其名称成为承继部门的别称，使用旧名称的文件和表格仍能对应。合并后该部门显示为“已撤并”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Successor:</source>
        <translation>承继部门(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the department that took over its work.</source>
        <translation>请选择承接其职能的部门。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge {old} into {new}? This cannot be undone from here.</source>
        <translation>确定将{old}并入{new}吗？此操作无法在此撤销。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging the departments…</source>
        <translation>正在合并部门…</translation>
    </message>
</context>
<context>
    <name>MetaForm</name>
    <message>
        <location filename="../../ui/intake/review_step.py" line="+114"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;no.:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Issuer:</source>
        <translation>发文单位(&amp;I)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>发文日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Years:</source>
        <translation>规划期(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the date as YYYY-MM-DD, e.g. 2023-07-08.</source>
        <translation>日期请按“年-月-日”填写，如 2023-07-08。</translation>
    </message>
</context>
<context>
    <name>NameRow</name>
    <message>
        <location filename="../../ui/intake/departments_step.py" line="-121"/>
        <source>New department</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: {name}</source>
        <translation>建议：{name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose, or type to search…</source>
        <translation>请选择，或输入文字搜索…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>several departments answer to this name</source>
        <translation>名录中有多个同名单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found only under its new name; confirm</source>
        <translation>按机构改革后的新名称找到，请确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the registry</source>
        <translation>名录中没有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n use(s)</source>
        <translation>
            <numerusform>出现 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also written {names}</source>
        <translation>又写作 {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>单位全称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name (optional)</source>
        <translation>简称（可不填）</translation>
    </message>
</context>
<context>
    <name>OpenStep</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="-326"/>
        <source>Open the plan document</source>
        <translation>打开规划文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .txt or .docx file, or paste the plan&apos;s full text below.</source>
        <translation>打开 .txt 或 .docx 文件，或将规划全文粘贴到下方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text files in UTF-8 or GB18030/GBK are recognised. Old Word (.doc), WPS (.wps) and PDF files cannot be read: save them as .docx or .txt first.</source>
        <translation>文本文件支持 UTF-8 和 GB18030/GBK 编码。旧版 Word（.doc）、WPS（.wps）和 PDF 文件无法读取，请先另存为 .docx 或 .txt。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or &amp;paste the text:</source>
        <translation>或粘贴文本(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the plan&apos;s full text here…</source>
        <translation>在此粘贴规划全文…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the pasted text</source>
        <translation>读取粘贴的文本(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open plan document</source>
        <translation>打开规划文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan documents ({patterns});;All files (*)</source>
        <translation>规划文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the document…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="+178"/>
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
        <location filename="../../ui/pages/base.py" line="+59"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/pages/period_dialog.py" line="+30"/>
        <source>New reporting period</source>
        <translation>新建报送期间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2026Q4, 2026H2, 2026 or 2026-11</source>
        <translation>如 2026Q4、2026H2、2026 或 2026-11</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Period:</source>
        <translation>报送期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Due date:</source>
        <translation>报送截止日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{label}: {start} to {end}.</source>
        <translation>{label}：{start} 至 {end}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It is already open; OK changes its due date to the one chosen here.</source>
        <translation>该期间已开放；点“确定”将其报送截止日期改为此处所选日期。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening the period…</source>
        <translation>正在建立报送期间…</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../ipdesk/domain/periods.py" line="-38"/>
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
        <location filename="../../ui/pages/plan_details.py" line="+46"/>
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
        <location line="+64"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+38"/>
        <source>Plan</source>
        <translation>所属规划</translation>
    </message>
    <message>
        <location line="-37"/>
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
        <location line="+9"/>
        <source>{percent}% done</source>
        <translation>完成 {percent}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schedule {percent}%</source>
        <translation>序时进度 {percent}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period}: {standing}</source>
        <translation>{period}：{standing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standing</source>
        <translation>推进情况</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>PlanIntake</name>
    <message>
        <location filename="../../ipdesk/services/plan_intake/checks.py" line="+46"/>
        <source>The plan needs a title.</source>
        <translation>请填写规划标题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s title</source>
        <translation>规划标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan kind</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what}超过 {limit} 个字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan&apos;s years must lie between 1990 and 2100.</source>
        <translation>规划期年份应在 1990 至 2100 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s last year cannot be before its first year.</source>
        <translation>规划目标年份不能早于起始年份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A section has neither a number nor a title.</source>
        <translation>有章节既无编号也无标题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section heading “{heading}” is too long.</source>
        <translation>章节标题“{heading}”过长。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task {number} needs a title.</source>
        <translation>任务 {number} 缺少标题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The title of task “{task}” is longer than 300 characters.</source>
        <translation>任务“{task}”的标题超过 300 个字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number of task “{task}” is longer than 20 characters.</source>
        <translation>任务“{task}”的编号超过 20 个字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The deadline of task “{task}” is longer than 100 characters.</source>
        <translation>任务“{task}”的完成时限超过 100 个字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An indicator needs a name.</source>
        <translation>有指标缺少名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two indicators are named “{name}”; rename or delete one.</source>
        <translation>有两个指标都叫“{name}”，请改名或删除其中一个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name, unit or code of indicator “{name}” is too long.</source>
        <translation>指标“{name}”的名称、单位或编号过长。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The baseline of indicator “{name}” needs its year.</source>
        <translation>指标“{name}”的基期值缺少基期年份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The years of indicator “{name}” must lie between 1990 and 2100.</source>
        <translation>指标“{name}”的年份应在 1990 至 2100 之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the department “{name}” means, or create it.</source>
        <translation>请为“{name}”指定对应单位，或新建该单位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new department for “{name}” needs a name of at most 200 characters.</source>
        <translation>为“{name}”新建的单位须填写全称，且不超过 200 个字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the kind of the new department “{name}”.</source>
        <translation>请选择新建单位“{name}”的类型。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/plan_intake/commands.py" line="+67"/>
        <source>This item is no longer in the draft.</source>
        <translation>该条目已不在本次导入内容中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a task.</source>
        <translation>请选择一项任务。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This field cannot be edited here.</source>
        <translation>此处不能修改该项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose one of the offered values.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change target</source>
        <translation>修改目标值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an indicator.</source>
        <translation>请选择一个指标。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change department</source>
        <translation>更换单位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a department.</source>
        <translation>请选择一个责任单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A department needs a name.</source>
        <translation>责任单位须有名称。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add department</source>
        <translation>添加责任单位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departments belong to a task or an indicator.</source>
        <translation>责任单位只能添加到任务或指标下。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already listed here.</source>
        <translation>{name}已在此列出。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add indicator</source>
        <translation>新增指标</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The plan&apos;s details cannot be deleted.</source>
        <translation>规划基本信息不能删除。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a section.</source>
        <translation>请选择章节。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merge tasks</source>
        <translation>合并任务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose two different tasks to merge.</source>
        <translation>请选择两项不同的任务进行合并。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Split task</source>
        <translation>拆分任务</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Put the cursor inside the task&apos;s text where the new task begins.</source>
        <translation>请把光标放在任务正文中新任务开始的位置。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/services/plan_intake/writing.py" line="-329"/>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 处。</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>{department} stays on task “{task}”: it has reported on it.</source>
        <translation>{department}保留在任务“{task}”中：该单位已报送过进展。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+125"/>
        <source>Two indicators of the plan have the same name.</source>
        <translation>规划中有两个指标名称相同。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Task “{task}” is no longer in the document but stays: departments have reported on it.</source>
        <translation>任务“{task}”已不在修订文件中，但各单位已报送过进展，予以保留。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Indicator “{name}” is no longer in the document but stays: values have been recorded for it.</source>
        <translation>指标“{name}”已不在修订文件中，但已录入数值，予以保留。</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../ui/models/plan_tree.py" line="+38"/>
        <source>Plans, sections and tasks</source>
        <translation>规划、章节与任务</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-2"/>
        <source>Plans and tasks</source>
        <translation>规划与任务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="+146"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in a task or a department…</source>
        <translation>按任务内容或部门查找…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New task…</source>
        <translation>新增任务(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report history</source>
        <translation>报送历史</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the plans and tasks…</source>
        <translation>正在读取规划和任务…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status and dots: reports for {period}.</source>
        <translation>状态及圆点颜色依据{period}的报送情况。</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>共 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Delete the task “{task}”? Its {count} department assignment(s) and all their reports are deleted too.</source>
        <translation>确定删除任务“{task}”吗？该任务的 {count} 个部门分工及全部报送记录将一并删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting the task…</source>
        <translation>正在删除任务…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/pages/exchange/preview_panel.py" line="+121"/>
        <source>Select a row to see each field as it is on file and as the form has it.</source>
        <translation>选中一行，右侧逐栏对照库中现有内容与表中填报内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite all conflicts of this file</source>
        <translation>覆盖本文件全部冲突行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export problem list…</source>
        <translation>导出问题清单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm import</source>
        <translation>确认导入</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview of {count} files, {ready} of them can be imported. Nothing has been written yet.</source>
        <translation>预览 {count} 个文件，其中 {ready} 个可以导入。目前尚未写入任何数据。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Recognised by: {how}.</source>
        <translation>识别依据：{how}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows ({count})</source>
        <translation>逐行对照（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the file</source>
        <translation>文件说明</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialogs.py" line="+334"/>
        <source>Print summary sheets</source>
        <translation>打印汇总报表</translation>
    </message>
</context>
<context>
    <name>ReportGridModel</name>
    <message>
        <location filename="../../ui/models/report_grid.py" line="+38"/>
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
        <location line="+121"/>
        <source>Status</source>
        <translation>完成状态</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Done %</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The day the department sent this report (today unless you type another); lateness is judged on it.</source>
        <translation>部门报送本报告的日期（不填写即为今天）；是否逾期按此日期判断。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This column cannot be changed here.</source>
        <translation>此列不能在这里修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a status: a report cannot be saved without one.</source>
        <translation>请选择完成状态，否则无法保存该条报送。</translation>
    </message>
</context>
<context>
    <name>ReportHistoryModel</name>
    <message>
        <location filename="../../ui/models/report_history.py" line="+29"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>完成状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done %</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
</context>
<context>
    <name>ReportHistoryPanel</name>
    <message>
        <location filename="../../ui/pages/report_history_panel.py" line="+48"/>
        <source>Choose a task to see every report filed on it.</source>
        <translation>选择一项任务，查看其历次报送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No department has reported on this task yet.</source>
        <translation>尚无部门报送该任务的进展。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Report history</source>
        <translation>报送历史</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report history of {task}</source>
        <translation>报送历史：{task}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the report history…</source>
        <translation>正在读取报送历史…</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../ui/dialogs/report_dialogs.py" line="-209"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>规划（方案）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group the tasks by department</source>
        <translation>按责任单位分组列示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Plans of this office</source>
        <translation>本单位全部规划（方案）</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+35"/>
        <source>All departments</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: preview closed.</source>
        <translation>{title}：已关闭预览。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the report as PDF</source>
        <translation>将报表保存为PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report as an Excel workbook</source>
        <translation>将报表保存为Excel工作簿</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing {name}…</source>
        <translation>正在生成{name}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path} ({pages} pages).</source>
        <translation>已保存{path}（共{pages}页）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {path}.</source>
        <translation>已保存{path}。</translation>
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
        <location line="+20"/>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ipdesk/reports/common.py" line="+20"/>
        <source>Department: {name}</source>
        <translation>责任单位：{name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit: {unit}</source>
        <translation>填报单位：{unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {period}</source>
        <translation>统计期间：{period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: {date}</source>
        <translation>制表日期：{date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> / </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {others} other plans</source>
        <translation>{first}及其他{others}个规划（方案）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status compares progress with the schedule: at least {green} of the scheduled progress is on track, from {yellow} to {green} is to watch, below {yellow} is behind; a target already met counts as on track.</source>
        <translation>状态按实际进度与序时进度之比判定：达到序时进度{green}及以上为“正常”，{yellow}至{green}为“预警”，低于{yellow}为“滞后”；已达到目标的视为“正常”。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not specified in the plan</source>
        <translation>未明确</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="-96"/>
        <location filename="../../ipdesk/reports/data.py" line="-35"/>
        <source>{count} plans</source>
        <translation>{count}个规划（方案）</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/common.py" line="-37"/>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
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
        <location filename="../../ipdesk/reports/layout.py" line="+344"/>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <location line="+432"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{group} (continued)</source>
        <translation>{group}（续）</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/chart_painting.py" line="+163"/>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/painting.py" line="+26"/>
        <source>Page {page} of {total}</source>
        <translation>第{page}页 共{total}页</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/pdf.py" line="-12"/>
        <source>Laying out pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing page {page} of {total}…</source>
        <translation>正在生成第{page}页，共{total}页…</translation>
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
        <location filename="../../ipdesk/reports/reminder_letters.py" line="+81"/>
        <location line="+65"/>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+49"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-119"/>
        <location line="+22"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Indicator</source>
        <translation>量化指标</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="-137"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>指标类型</translation>
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
        <translation>数据期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected to date</source>
        <translation>序时目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion</source>
        <translation>完成率</translation>
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
        <location line="-132"/>
        <source>IP-strong-city</source>
        <translation>知识产权强市建设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP-strong-county</source>
        <translation>知识产权强县建设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP-strong-banner</source>
        <translation>知识产权强旗建设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP-strong-region</source>
        <translation>知识产权强区建设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP-strong-province</source>
        <translation>知识产权强省建设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP-strong-league</source>
        <translation>知识产权强盟建设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP-strong-prefecture</source>
        <translation>知识产权强州建设</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mid-term assessment of the {campaign} plan</source>
        <translation>{campaign}中期评估报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annual assessment of the {campaign} plan</source>
        <translation>{campaign}年度评估报告</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} items</source>
        <translation>{count}项</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> For {period}, {due} progress reports were due: {on_time} came in on time, {late} late and {missing} are missing.</source>
        <translation>{period}应报进展情况{due}项，按时报送{on_time}项，逾期报送{late}项，未报送{missing}项。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+180"/>
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
        <translation>指标达到序时</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>On-time reporting</source>
        <translation>报送及时率</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Departments with missing reports</source>
        <translation>有未报事项的单位</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>As of {date}, the {plans} contain {tasks} key tasks with responsible departments: {done} are done ({done_rate}), {green} are on schedule (the done ones included), {behind} are behind and {overdue} are past their deadline. Of {indicators} quantified indicators with data, {ind_green} are on track, {ind_yellow} to watch and {ind_red} behind.</source>
        <translation>截至{date}，{plans}共有已明确责任单位的重点任务{tasks}项，其中已完成{done}项（{done_rate}），按序时推进（含已完成）{green}项，进展滞后{behind}项，超期未完成{overdue}项。在有数据的{indicators}项量化指标中，正常{ind_green}项、预警{ind_yellow}项、滞后{ind_red}项。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>On-time reporting this period</source>
        <translation>本期报送及时率</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No task or indicator is behind.</source>
        <translation>没有进展滞后的任务或指标。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks on schedule</source>
        <translation>任务按期推进率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators attained</source>
        <translation>指标达标率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ipdesk/reports/indicator_sheet.py" line="+1"/>
        <source>Calculation</source>
        <translation>计算说明</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No departments in this scope.</source>
        <translation>所选范围内没有责任单位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes: tasks on schedule = tasks rated on track ÷ tasks reported; on-time reporting = items in by the due date ÷ items due in {year} up to {period}; indicators attained = indicators on track ÷ indicators rated. Score = tasks on schedule × {tasks} + on-time reporting × {submissions} + indicators attained × {indicators}, divided by the weights of the rates that apply. {rule}</source>
        <translation>说明：任务按期推进率＝评价为正常的任务÷已报送任务；报送及时率＝按时报送÷{year}年截至{period}已到期应报事项；指标达标率＝正常指标÷已评价指标。综合得分＝任务按期推进率×{tasks}＋报送及时率×{submissions}＋指标达标率×{indicators}，按有数据项目的权重折算为百分制。{rule}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1. Overview</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Indicators</source>
        <translation>二、主要指标完成情况</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3. Key tasks and reporting</source>
        <translation>三、重点任务推进及报送情况</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>4. Items behind schedule</source>
        <translation>四、滞后事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Departments</source>
        <translation>五、责任单位情况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessment</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key tasks by plan</source>
        <translation>各规划（方案）重点任务推进情况</translation>
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
（{year}）</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{kind}, lower is better</source>
        <translation>{kind}（逆向）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Latest value is from {period}; {rest}</source>
        <translation>最新数据为{period}；{rest}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No indicators in this scope.</source>
        <translation>所选范围内没有量化指标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Data checks</source>
        <translation>数据核查提示</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes: completion = actual ÷ target (target ÷ actual where lower is better); an annual increment is measured against its year&apos;s target, a growth rate by the average yearly growth achieved. Expected to date interpolates between the baseline and the yearly targets at the date of the latest value. {rule}</source>
        <translation>说明：完成率＝实际值÷目标值（逆向指标为目标值÷实际值）；年度增量指标按当年目标计算，增速指标按年均增速计算。序时目标值按基期值与各年度目标在最新数据日期的线性插值计算。{rule}</translation>
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
        <translation>本期值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous value</source>
        <translation>上期值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No implausible values found.</source>
        <translation>未发现异常数据。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/kinds.py" line="+2"/>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="-5"/>
        <source>Report submission statistics</source>
        <translation>部门报送情况统计表</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="-116"/>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="+1"/>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+6"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-21"/>
        <source>Department</source>
        <translation>责任单位</translation>
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
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission rate</source>
        <translation>报送率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-time rate</source>
        <translation>及时率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This period</source>
        <translation>本期状态</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+74"/>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+34"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-35"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/submission_sheet.py" line="+20"/>
        <source>No reports were due in this scope.</source>
        <translation>所选范围内没有应报事项。</translation>
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
        <translation>{period}截止{date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes: one item per task assignment and period. &quot;Late&quot; items came in after the due date; &quot;missing&quot; items had not come in by {today}. Submission rate = items in ÷ items due; on-time rate = items in by the due date ÷ items already due. Due dates: {dues}.</source>
        <translation>说明：按任务分工计，每项任务每期报送一次。“逾期”指晚于截止日期报送，“未报”指截至{today}仍未报送。报送率＝已报÷应报；及时率＝按时报送÷已到期应报。截止日期：{dues}。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/kinds.py" line="-1"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-191"/>
        <source>Key task progress summary</source>
        <translation>重点任务进展情况汇总表</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="-104"/>
        <source>Reminder notice</source>
        <translation>催办通知单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual or mid-term assessment</source>
        <translation>年度/中期评估报告</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="+17"/>
        <source>No progress report for {period}</source>
        <translation>未报送{period}进展情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past its deadline ({deadline}) and not done</source>
        <translation>已超过完成时限（{deadline}）尚未完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported as behind schedule</source>
        <translation>报送状态为进展滞后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behind schedule: {percent}% done against {expected}% scheduled</source>
        <translation>进展滞后：实际进度{percent}%，序时进度{expected}%</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+68"/>
        <source>Issue</source>
        <translation>催办事项</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No. [{year}]      </source>
        <translation>〔{year}〕第      号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under the work arrangements of {plans}, each responsible department was to report its progress on the key tasks for {period} by {due}. As of {today}, your department has the following items to attend to:</source>
        <translation>根据{plans}工作安排，各责任单位应于{due}前报送{period}重点任务进展情况。截至{today}，你单位以下事项需抓紧办理：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please send the outstanding reports to {office} by {reply_by}; for tasks behind schedule or past their deadline, explain the reasons and the measures taken to catch up.</source>
        <translation>请于{reply_by}前将上述事项进展情况报送{office}；对进展滞后、超期未完成的任务，请说明原因并提出整改措施。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you for your cooperation.</source>
        <translation>特此通知。</translation>
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
        <translation>本期无需催办的单位。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>As of {today}, no department needs a reminder for {period}.</source>
        <translation>截至{today}，{period}无需催办的单位。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders</source>
        <translation>催办汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder list</source>
        <translation>催办事项清单</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+9"/>
        <source>{status}, overdue</source>
        <translation>{status}（已超期）</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="-127"/>
        <location line="+68"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+37"/>
        <location line="+22"/>
        <source>Task no.</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="-103"/>
        <location filename="../../ipdesk/reports/reminder_letters.py" line="-67"/>
        <location line="+68"/>
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
        <location filename="../../ipdesk/reports/reminder_letters.py" line="-66"/>
        <location line="+68"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+1"/>
        <location line="+21"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-20"/>
        <location line="+21"/>
        <source>Reported</source>
        <translation>实际进度</translation>
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
        <translation>进展状态</translation>
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
        <translation>进展情况</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Progress to date</source>
        <translation>完成进度</translation>
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
        <translation>{name}（共{count}项，其中牵头{leads}项、配合{supports}项）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On-schedule rate</source>
        <translation>按序时推进率</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+30"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="-9"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+7"/>
        <source>Overdue</source>
        <translation>超期未完成</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+2"/>
        <source>On schedule</source>
        <translation>按序时</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+30"/>
        <source>Summary by status</source>
        <translation>按状态汇总</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: scheduled progress = time elapsed from the task&apos;s start to {date} ÷ the time to its deadline; tasks without a deadline (continuing) are judged by their reported status; a task is judged on its lead department&apos;s report. {rule}</source>
        <translation>说明：序时进度＝自任务起始日至{date}已过时间÷任务总时长；未设完成时限（持续推进）的任务按报送状态评价；按任务汇总时以牵头单位报送情况为准。{rule}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> {count} tasks without responsible departments are not listed.</source>
        <translation>另有{count}项任务未明确责任单位，未列入本表。</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/assessment_report.py" line="+112"/>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+21"/>
        <source>Plan</source>
        <translation>规划（方案）</translation>
    </message>
    <message>
        <location filename="../../ipdesk/reports/task_sheet.py" line="+7"/>
        <source>No tasks in this scope.</source>
        <translation>所选范围内没有重点任务。</translation>
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
        <translation>未找到中文字体，请安装宋体或思源宋体后重新生成。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the workbook…</source>
        <translation>正在生成Excel文件…</translation>
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
        <translation>第 &amp;P 页 共 &amp;N 页</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+11"/>
        <location filename="../../ui/pages/reports_page.py" line="+63"/>
        <source>Summary reports</source>
        <translation>汇总报表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="+1"/>
        <source>Print and export summary sheets</source>
        <translation>打印与导出汇总表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report submissions by period</source>
        <translation>各期进展报送情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For each reporting period: how many department-task reports were expected, how many came in, how many of them on time (by the due date) or late, and how many departments sent nothing.</source>
        <translation>按报送期间统计：应报送的部门任务数、实际报送数、按期（截止日期前）与逾期报送数，以及全期未报送任何内容的部门数。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/pages/exchange/result_panel.py" line="+39"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../ui/intake/review_step.py" line="+120"/>
        <source>Check what was read</source>
        <translation>核对识别结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click an item to see its lines in the document. Double-click to edit; right-click for more. Lines the reader was unsure about are tinted.</source>
        <translation>单击条目可查看其在原文中的位置；双击可修改，右键有更多操作。识别没有把握的行以底色标出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections and tasks</source>
        <translation>章节与任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Document&lt;/b&gt;</source>
        <translation>&lt;b&gt;原文&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New task</source>
        <translation>新增任务(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add de&amp;partment…</source>
        <translation>添加责任单位(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change department…</source>
        <translation>更换单位(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split…</source>
        <translation>拆分(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>修改(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <location line="+22"/>
        <source>Indicators (%n)</source>
        <translation>
            <numerusform>指标（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undo: {what}</source>
        <translation>撤销：{what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: {what}</source>
        <translation>重做：{what}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&lt;b&gt;Points to check (%n)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;待核对（%n 处）&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The last task has no following task to merge with.</source>
        <translation>这是最后一项任务，后面没有可合并的任务。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Move to section</source>
        <translation>移到章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no section)</source>
        <translation>（不属于任何章节）</translation>
    </message>
</context>
<context>
    <name>SaveStep</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="+94"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new plan will be created.</source>
        <translation>将新建一份规划。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This plan is already stored: saving updates it to the revised version.</source>
        <translation>库中已有这份规划，保存后将按修订版更新。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Stored as &lt;b&gt;{title}&lt;/b&gt;{number}. Tasks that stay keep their departments&apos; reports; tasks or departments no longer in the document are removed only if nobody has reported on them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;库中已有&lt;b&gt;{title}&lt;/b&gt;{number}。保留的任务继续沿用各单位已报送的进展；修订文件中已没有的任务或责任单位，只有在未报送过进展时才会删除。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ({number})</source>
        <translation>（{number}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department assignments</source>
        <translation>责任分工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New departments</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names remembered as aliases</source>
        <translation>记为别名的名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Comparing with the stored plan…</source>
        <translation>正在与库中规划比对…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+7"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+143"/>
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
        <source>New unit…</source>
        <translation>新建行政区划…</translation>
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
        <location line="+18"/>
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
        <location filename="../../ui/shell.py" line="+181"/>
        <source>Building the demo database…</source>
        <translation>正在生成示例数据库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The database was updated to this version of ipdesk; a backup was saved first: {path}</source>
        <translation>数据库已升级到当前版本，升级前已自动备份：{path}</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="+31"/>
        <source>Click where the new task begins, then press OK. The text before the cursor stays with “{task}”.</source>
        <translation>请在新任务开始的位置单击，然后按“确定”。光标之前的文字仍属于“{task}”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Split task</source>
        <translation>拆分任务</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../ui/charts/status_chart.py" line="+27"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks</source>
        <translation>项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tasks in this choice.</source>
        <translation>当前筛选条件下没有任务。</translation>
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
<context>
    <name>TargetGridModel</name>
    <message>
        <location filename="../../ui/models/indicator_edit_grids.py" line="+82"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/pages/task_dialog.py" line="-97"/>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no section)</source>
        <translation>（不属于任何章节）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as written, e.g. 2026年12月底前 or 持续推进</source>
        <translation>照文件原文填写，如“2026年12月底前”或“持续推进”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan:</source>
        <translation>所属规划：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>所属章节(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>序号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>任务名称(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full te&amp;xt:</source>
        <translation>任务内容(&amp;X)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year (annual tasks):</source>
        <translation>年度（年度任务）(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measures:</source>
        <translation>具体措施(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Read as: no end date (a continuing task).</source>
        <translation>理解为：无截止日期（持续推进类任务）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as: by {date}.</source>
        <translation>理解为：{date}前完成。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the task a title (a short name as in the plan).</source>
        <translation>请填写任务名称（与规划文件中的表述一致）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the task…</source>
        <translation>正在保存任务…</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <location filename="../../ui/charts/trajectory_chart.py" line="+82"/>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} ({standing})</source>
        <translation>{name}（{standing}）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No indicator with targets in this choice.</source>
        <translation>当前筛选条件下没有设定目标的指标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: no targets or values to draw.</source>
        <translation>{name}：没有可绘制的目标值或实际值。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Expected today</source>
        <translation>今日序时目标</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Year end</source>
        <translation>年末</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} ({unit})</source>
        <translation>{name}（{unit}）</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="+19"/>
        <source>New administrative unit</source>
        <translation>新建行政区划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none: top level)</source>
        <translation>（无，最高一级）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to</source>
        <translation>上级单位</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/pages/unsaved.py" line="+30"/>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before going on?</source>
        <translation>是否先保存再继续？</translation>
    </message>
</context>
<context>
    <name>ValueGridModel</name>
    <message>
        <location filename="../../ui/models/indicator_edit_grids.py" line="+9"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The period is locked; its values cannot be changed.</source>
        <translation>该期间已锁定，数值不能修改。</translation>
    </message>
</context>
</TS>
