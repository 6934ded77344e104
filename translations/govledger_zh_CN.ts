<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessRules</name>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="50"/>
        <source>no unit</source>
        <translation>未指定单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="51"/>
        <source>Role: {units} clerk</source>
        <translation>身份：{units} 经办人</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="53"/>
        <source>Role: administrator</source>
        <translation>身份：管理员</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="73"/>
        <source>Your rights on this ledger were changed: reopen it to use them</source>
        <translation>您在本台账的权限已变更：请重新打开台账后生效</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="103"/>
        <source>Only the ledger administrator can do this.</source>
        <translation>只有台账管理员可以进行此操作。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="148"/>
        <source>Only requirements that {units} lead or cooperate on can be filled in; this one can only be read.</source>
        <translation>只能填写{units}牵头或配合的要求；这一条只能查看。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="153"/>
        <source>Only the ledger administrator can change the requirement itself.</source>
        <translation>要求本身的内容只能由台账管理员修改。</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="44"/>
        <source>Next step</source>
        <translation>推进办理环节</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="45"/>
        <source>Request {number}: {step}</source>
        <translation>申请 {number}：{step}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="50"/>
        <source>(choose the outcome)</source>
        <translation>（请选择办理结果）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="55"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="57"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="76"/>
        <source>{step}: request {number}</source>
        <translation>{step}：申请 {number}</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="119"/>
        <source>Register an information request</source>
        <translation>登记政府信息公开申请</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="121"/>
        <source>Request {number}</source>
        <translation>申请 {number}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="124"/>
        <source>numbered automatically</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="137"/>
        <source>Corrected application received</source>
        <translation>收到补正后的申请</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="140"/>
        <source>Extended on</source>
        <translation>延期决定日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="144"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="148"/>
        <source>(not decided yet)</source>
        <translation>（尚未确定）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="152"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="158"/>
        <source>No.</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="159"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="160"/>
        <source>Channel</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="161"/>
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="162"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="163"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="164"/>
        <source>Information requested</source>
        <translation>申请公开内容</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="165"/>
        <source>Handling steps</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="173"/>
        <source>Correction</source>
        <translation>补正</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="174"/>
        <source>Extension</source>
        <translation>延期答复</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="175"/>
        <source>Reply limit</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="176"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="177"/>
        <source>Processing fee</source>
        <translation>信息处理费</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="178"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="261"/>
        <source>Reply by {date} (20 working days)</source>
        <translation>应于 {date} 前答复（20个工作日）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="263"/>
        <source>; extended to {date}</source>
        <translation>；延期至 {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="274"/>
        <source>Register information request</source>
        <translation>登记政府信息公开申请</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="285"/>
        <source>Edit request {number}</source>
        <translation>修改申请 {number}</translation>
    </message>
</context>
<context>
    <name>ApplicationRegisterWindow</name>
    <message>
        <location filename="../govledger/ui/application_register.py" line="51"/>
        <source>Information requests register (依申请公开)</source>
        <translation>依申请公开登记</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="76"/>
        <source>&amp;Register request…</source>
        <translation>登记申请(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="77"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="78"/>
        <source>&amp;Next step…</source>
        <translation>推进下一环节(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="79"/>
        <source>E&amp;xtend…</source>
        <translation>延期答复(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="80"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="98"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="146"/>
        <source>{total} requests · {open} awaiting a reply · {overdue} overdue · {soon} due soon</source>
        <translation>共 {total} 件申请 · 待答复 {open} 件 · 已超期 {overdue} 件 · 临近期限 {soon} 件</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="225"/>
        <source>Delete request</source>
        <translation>删除申请</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="226"/>
        <source>Delete request {number} and its documents? (Undo brings it back.)</source>
        <translation>删除申请 {number} 及其材料？（可撤销恢复。）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="234"/>
        <source>Delete request {number}</source>
        <translation>删除申请 {number}</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../govledger/ui/application_model.py" line="121"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="122"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="123"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="124"/>
        <source>Channel</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="125"/>
        <source>Request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="126"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="127"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="128"/>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="129"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="130"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="182"/>
        <source>{date} (extended)</source>
        <translation>{date}（已延期）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="193"/>
        <source>Replied late</source>
        <translation>超期答复</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="194"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="199"/>
        <source>Counted from {date}</source>
        <translation>自 {date} 起算</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="200"/>
        <source>Statutory limit: {date} ({days} working days)</source>
        <translation>法定答复期限：{date}（{days}个工作日）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="206"/>
        <source>Extended on {on} by {days} working days, to {date}</source>
        <translation>{on} 决定延期 {days} 个工作日，至 {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="213"/>
        <source>The extension was decided after the limit had passed.</source>
        <translation>延期决定晚于原答复期限。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="216"/>
        <source>Replied on {date}</source>
        <translation>{date} 已答复</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="77"/>
        <source>+{count} more</source>
        <translation>还有 {count} 项…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="87"/>
        <source>Previous month (PgUp)</source>
        <translation>上个月（PgUp）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="89"/>
        <source>Next month (PgDown)</source>
        <translation>下个月（PgDown）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="90"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="125"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="128"/>
        <source>Agenda: next</source>
        <translation>日程：未来</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="154"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="155"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="156"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="157"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="158"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="170"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="184"/>
        <source>Lead: {units}</source>
        <translation>牵头：{units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="186"/>
        <source>Cooperating: {units}</source>
        <translation>配合：{units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="188"/>
        <source>Due {date} · {label}</source>
        <translation>截止 {date} · {label}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="193"/>
        <source>Done on {date}</source>
        <translation>已于 {date} 完成</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="278"/>
        <source>Due in the next {days} working days ({count})</source>
        <translation>未来 {days} 个工作日内到期（{count}）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="234"/>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="277"/>
        <source>Overdue, not done ({count})</source>
        <translation>逾期未完成（{count}）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="290"/>
        <source>Waiting for a triggering event ({count})</source>
        <translation>待记录触发事件（{count}）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="297"/>
        <source>Right-click to record the event that starts the clock.</source>
        <translation>右键单击，记录开始计算时限的事件（如文件印发日期）。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="350"/>
        <source>Mark this deadline done</source>
        <translation>标记本次已完成</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="352"/>
        <source>Mark deadline done</source>
        <translation>标记时限完成</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="358"/>
        <source>Mark not done</source>
        <translation>取消完成标记</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="360"/>
        <source>Mark deadline not done</source>
        <translation>取消时限完成标记</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="365"/>
        <location filename="../govledger/ui/calendar_view.py" line="385"/>
        <source>Record triggering event…</source>
        <translation>记录触发事件…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="368"/>
        <location filename="../govledger/ui/calendar_view.py" line="386"/>
        <source>Show in the task tree</source>
        <translation>在任务台账中查看</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="377"/>
        <source>Open in the requests register</source>
        <translation>在依申请公开登记中查看</translation>
    </message>
</context>
<context>
    <name>CompareYears</name>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="54"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="55"/>
        <source>Changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="56"/>
        <source>Dropped</source>
        <translation>已删去</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="57"/>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
</context>
<context>
    <name>CompareYearsDialog</name>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="87"/>
        <source>Compare years</source>
        <translation>年度对比</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="92"/>
        <source>Show unchanged</source>
        <translation>显示未变化的要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="96"/>
        <source>Last year&apos;s plan</source>
        <translation>上年度方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="97"/>
        <source>This year&apos;s plan</source>
        <translation>本年度方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="101"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="101"/>
        <source>Last year</source>
        <translation>上年度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="101"/>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="126"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="129"/>
        <source>Save these rows as a Word or Excel table, as shown here</source>
        <translation>将当前列出的各行导出为 Word 或 Excel 表格，与窗口所示一致</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="152"/>
        <source>Choose two different plans.</source>
        <translation>请选择两个不同的方案。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="158"/>
        <source>New {new} · changed {changed} · dropped {dropped} · unchanged {same}</source>
        <translation>新增 {new} 项 · 有变化 {changed} 项 · 已删去 {dropped} 项 · 未变化 {same} 项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="194"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="194"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="197"/>
        <source>Export the comparison</source>
        <translation>导出年度对比</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="209"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="245"/>
        <source>units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="246"/>
        <source>time limit</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="251"/>
        <source>Also changed: {fields}</source>
        <translation>另有变化：{fields}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="67"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="68"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="69"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="71"/>
        <source>Progress %</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="72"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="73"/>
        <source>Units as written</source>
        <translation>责任单位原文</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="74"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="75"/>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="76"/>
        <source>Time limit</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="77"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="78"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="79"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="80"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="81"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="82"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="83"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="84"/>
        <source>Captured on</source>
        <translation>截取日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="91"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="92"/>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="93"/>
        <source>Progress entry</source>
        <translation>工作开展情况</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="94"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>CrashHandling</name>
    <message>
        <location filename="../govledger/ui/crash_handling.py" line="83"/>
        <source>govledger met an unexpected error: {error}

Your ledger is safe: every edit was saved when it was made, and an edit that was interrupted was not saved at all. The details were written to {log}; please send that file to whoever supports govledger in your office.</source>
        <translation>govledger 遇到意外错误：{error}

台账数据是安全的：每项修改在完成时均已保存，被中断的修改则完全没有写入。详细情况已记录在 {log}，请将该文件发给本单位负责 govledger 的技术人员。</translation>
    </message>
</context>
<context>
    <name>DeadlineFeatures</name>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="56"/>
        <source>Task ledger</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="59"/>
        <source>Deadline calendar</source>
        <translation>时限日历</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="70"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="143"/>
        <source>&amp;Deadlines</source>
        <translation>时限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="146"/>
        <source>Deadline &amp;calendar</source>
        <translation>时限日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="151"/>
        <source>&amp;Holidays and make-up workdays…</source>
        <translation>节假日与调休安排(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="155"/>
        <source>Record triggering &amp;event…</source>
        <translation>记录触发事件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="159"/>
        <source>Reminder &amp;summary…</source>
        <translation>提醒摘要(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="162"/>
        <source>Print reminder shee&amp;ts (催办单)…</source>
        <translation>打印催办单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="166"/>
        <source>Export calendar (.&amp;ics)…</source>
        <translation>导出日历 .ics(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="225"/>
        <source>Record triggering event</source>
        <translation>记录触发事件</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="226"/>
        <source>Select a requirement whose time limit runs from an event (such as 印发后3个工作日内) in the task tree first.</source>
        <translation>请先在任务台账中选择一项时限从某一事件起算的具体要求（如“印发后3个工作日内”）。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="382"/>
        <location filename="../govledger/ui/deadline_features.py" line="414"/>
        <source>Cannot save {path}: {detail}</source>
        <translation>无法保存 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="388"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="403"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="420"/>
        <source>Exported {count} deadlines to {path}</source>
        <translation>已导出 {count} 个时限到 {path}</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="165"/>
        <source>Decide for each open requirement</source>
        <translation>逐项确定未完成事项的处理方式</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="168"/>
        <source>Continue it in this year&apos;s matching requirement or carry it over as a new one (either way with its progress and evidence), close it, or mark it not applicable. Closing and not applicable need a reason.</source>
        <translation>并入本年度方案中对应的事项，或作为新事项结转（均带上工作开展情况和佐证材料），或不再结转，或确认不适用。不再结转和不适用须填写原因。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="179"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="180"/>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="181"/>
        <source>Units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="182"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="183"/>
        <source>In this year&apos;s plan</source>
        <translation>本年度对应事项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="184"/>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="185"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="205"/>
        <source>Carry all over</source>
        <translation>全部结转</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="248"/>
        <source>the matching one</source>
        <translation>对应事项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="249"/>
        <source>Continue in No. {number}</source>
        <translation>并入第 {number} 项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="273"/>
        <source>⚠ Its time limit names {year}: set it anew when carried over</source>
        <translation>⚠ 时间节点写明{year}年：结转后须重新确定</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="321"/>
        <source>Nothing is open in last year&apos;s plan: nothing to review.</source>
        <translation>上年度方案中没有未完成的事项，无需回头看。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="324"/>
        <source>{count} decisions still need a reason.</source>
        <translation>还有 {count} 项未填写原因。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="47"/>
        <source>Someone else just changed this item; what you typed is kept, not saved yet.</source>
        <translation>其他人刚修改了这一项；您输入的内容仍保留，尚未保存。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="55"/>
        <source>Select a task in the tree to see and edit its details.</source>
        <translation>在左侧任务树中选择一项任务，即可在此查看和修改详细信息。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="120"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="121"/>
        <source>Work carried out</source>
        <translation>工作开展情况</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="122"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="301"/>
        <source>Documents (request, reply letter…)</source>
        <translation>申请材料（申请书、答复书等）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="312"/>
        <source>Attach…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="314"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="316"/>
        <source>Save the request first to attach documents.</source>
        <translation>请先保存申请，再添加材料。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="348"/>
        <source>Attach documents</source>
        <translation>添加申请材料</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="358"/>
        <source>Attach document</source>
        <translation>添加申请材料</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="371"/>
        <source>Remove document “{name}”</source>
        <translation>移除材料“{name}”</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="379"/>
        <source>Review applied</source>
        <translation>回头看已完成</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="382"/>
        <source>Save the 回头看 report…</source>
        <translation>保存回头看报告…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="393"/>
        <source>Reviewed {total} requirements: {carried} carried over into this year&apos;s plan, {closed} closed, {na} not applicable. Undo takes the review back.</source>
        <translation>共核查 {total} 项具体要求：结转至本年度方案 {carried} 项，不再结转 {closed} 项，不适用 {na} 项。如需撤回，可使用“撤销”。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="411"/>
        <source>{count} carried-over requirements have a time limit that names last year: they keep that date (shown overdue) until you set a new one.</source>
        <translation>有 {count} 项结转事项的时间节点写明上年度：在重新确定之前保留原日期（显示为逾期）。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="421"/>
        <source>Save the 回头看 report</source>
        <translation>保存回头看报告</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="421"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="431"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="193"/>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="194"/>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="196"/>
        <source>Heading ↔ requirement</source>
        <translation>工作要求 ↔ 具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="199"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="202"/>
        <source>Merge the selected adjacent requirements into one</source>
        <translation>把选中的相邻具体要求合并为一项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="205"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="208"/>
        <source>Split the requirement at the text cursor, or at a sentence end</source>
        <translation>在光标处（或句末标点处）把这项具体要求拆分为两项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="213"/>
        <source>Not a task</source>
        <translation>不是任务</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="216"/>
        <source>Leave the selected rows out of the plan</source>
        <translation>选中的行不作为任务导入</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="219"/>
        <source>Import as task</source>
        <translation>作为任务导入</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="222"/>
        <source>Import the selected greyed rows after all</source>
        <translation>把选中的灰色行作为任务导入</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="225"/>
        <location filename="../govledger/ui/draft_preview.py" line="332"/>
        <source>Remove rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="228"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="228"/>
        <source>Undo the last edit</source>
        <translation>撤销上一步修改</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="230"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="262"/>
        <source>{requirements} requirements · {warnings} warnings to review</source>
        <translation>共 {requirements} 项具体要求 · {warnings} 条提示待核对</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="325"/>
        <source>Removed {count} rows; Ctrl+Z brings them back.</source>
        <translation>已删除 {count} 行，按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="335"/>
        <source>The selected headings hold {count} rows that are not selected. Remove those rows too, or only the headings (the rows under them move up a level)?</source>
        <translation>选中的标题下还有 {count} 行未选中。要连同这些行一起删除，还是只删除标题（下级各行上移一级）？</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="340"/>
        <source>Remove with the rows under them</source>
        <translation>连同下级各行一起删除</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="342"/>
        <source>Remove only the headings</source>
        <translation>只删除标题，保留下级各行</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="353"/>
        <source>Select two or more adjacent requirements to merge.</source>
        <translation>请选择两项或以上相邻的具体要求再合并。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="381"/>
        <source>No sentence end to split at: double-click the text, put the cursor where it should be split and press Ctrl+B.</source>
        <translation>没有可拆分的句末标点：请双击文字，把光标放在要拆分的位置，再按 Ctrl+B。</translation>
    </message>
</context>
<context>
    <name>DraftTreeModel</name>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="128"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="129"/>
        <source>Task / requirement</source>
        <translation>任务/具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="130"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="131"/>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="132"/>
        <source>Time limit</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="133"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="134"/>
        <source>Original numbering</source>
        <translation>原编号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="138"/>
        <source>Ticked rows are imported; untick a row that is not a task</source>
        <translation>勾选的行将被导入；不是任务的行请取消勾选</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="140"/>
        <source>The numbering printed in the document, where 序号 counts 1…N</source>
        <translation>文件中原有的编号（序号按全方案 1…N 编排）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="192"/>
        <source>Numbered “{label}” in the document</source>
        <translation>文件中编号为“{label}”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="194"/>
        <source>As written: {units}</source>
        <translation>原文：{units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="196"/>
        <source>not a task</source>
        <translation>不是任务</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="197"/>
        <source>Not imported: {reason}</source>
        <translation>未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="198"/>
        <source>Tick the box in the 序号 column to import it as a task</source>
        <translation>勾选序号栏中的方框即可作为任务导入</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="48"/>
        <location filename="../govledger/ui/event_dialog.py" line="103"/>
        <source>Record triggering event</source>
        <translation>记录触发事件</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="58"/>
        <source>e.g. the document&apos;s title and number</source>
        <translation>如：文件标题和文号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="63"/>
        <source>Time limit</source>
        <translation>时限要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="64"/>
        <source>Event date</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="65"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="91"/>
        <source>Due by {date} ({rule}).</source>
        <translation>应于 {date} 前完成（{rule}）。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="92"/>
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
</context>
<context>
    <name>EvidenceAttacher</name>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="109"/>
        <source>Uploading “{name}” to the ledger server…</source>
        <translation>正在将“{name}”上传到台账服务器…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="113"/>
        <source>Uploading {count} files to the ledger server…</source>
        <translation>正在将 {count} 个文件上传到台账服务器…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="119"/>
        <source>Copying “{name}”…</source>
        <translation>正在复制“{name}”……</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="121"/>
        <source>Copying {count} files…</source>
        <translation>正在复制 {count} 个文件……</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="124"/>
        <source>Attaching evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="124"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="149"/>
        <source>Attach evidence “{name}”</source>
        <translation>添加佐证材料“{name}”</translation>
    </message>
</context>
<context>
    <name>EvidenceFetcher</name>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="94"/>
        <source>Fetching “{name}” from the ledger server…</source>
        <translation>正在从台账服务器取回“{name}”…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="97"/>
        <source>Opening evidence</source>
        <translation>打开佐证材料</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="123"/>
        <source>The stored file of “{name}” is missing; run the ledger check.</source>
        <translation>“{name}”的存储文件已缺失，请运行台账检查。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="133"/>
        <source>Cannot open “{name}”: {detail}</source>
        <translation>无法打开“{name}”：{detail}</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="108"/>
        <source>Rename evidence</source>
        <translation>修改佐证材料说明</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="123"/>
        <source>captured {date}</source>
        <translation>采集于 {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="133"/>
        <source>progress {date}</source>
        <translation>进展 {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="139"/>
        <source>file missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="147"/>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="151"/>
        <source>Belongs to the progress note of {date}: {text}</source>
        <translation>属于 {date} 的进展记录：{text}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="155"/>
        <source>Double-click to open; F2 renames the description.</source>
        <translation>双击打开；按 F2 修改说明。</translation>
    </message>
</context>
<context>
    <name>EvidencePackExporter</name>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="42"/>
        <source>Open the plan first.</source>
        <translation>请先打开一个工作方案。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="53"/>
        <source>Zip archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="53"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="56"/>
        <location filename="../govledger/ui/evidence_pack_export.py" line="94"/>
        <source>Export evidence pack</source>
        <translation>导出佐证材料包</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="92"/>
        <source>Writing the evidence pack…</source>
        <translation>正在写入佐证材料包……</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="109"/>
        <source>The evidence pack is at {path}: {files} files and {links} web links, indexed in 佐证材料索引.xlsx.</source>
        <translation>佐证材料包已导出到 {path}：{files} 个文件、{links} 个网页链接，索引见 佐证材料索引.xlsx。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="113"/>
        <source>Missing files, listed in the index: {names}</source>
        <translation>以下文件缺失，已在索引中标注：{names}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="116"/>
        <source>Evidence pack written</source>
        <translation>佐证材料包已导出</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="119"/>
        <source>Show in folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="104"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="105"/>
        <location filename="../govledger/ui/evidence_panel.py" line="245"/>
        <source>Paste screenshot</source>
        <translation>粘贴截图</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="106"/>
        <source>Add web link…</source>
        <translation>添加网页链接…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="118"/>
        <location filename="../govledger/ui/evidence_panel.py" line="310"/>
        <source>Drop files here, or press Ctrl+V to paste a screenshot.</source>
        <translation>可将文件拖到此处，或按 Ctrl+V 粘贴截图。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="129"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="130"/>
        <source>Rename description</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="131"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="134"/>
        <source>Attach to</source>
        <translation>附于</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="209"/>
        <source>This requirement</source>
        <translation>本项具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="214"/>
        <source>Progress {date}: {text}</source>
        <translation>进展 {date}：{text}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="229"/>
        <source>Add evidence files</source>
        <translation>添加佐证材料文件</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="261"/>
        <source>Add web link</source>
        <translation>添加网页链接</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="299"/>
        <source>Not files (folders are not attached): {names}</source>
        <translation>以下不是文件（文件夹不能直接添加）：{names}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="306"/>
        <source>Uploading was cancelled; nothing of that file was recorded.</source>
        <translation>已取消上传，该文件未作记录，服务器上也未留下任何部分。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="308"/>
        <source>Copying was cancelled; nothing of that file was kept.</source>
        <translation>已取消复制，该文件未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="386"/>
        <source>Remove evidence “{name}”</source>
        <translation>移除佐证材料“{name}”</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="45"/>
        <source>&amp;Review &amp;&amp; exchange</source>
        <translation>回头看与交换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="51"/>
        <source>&amp;Review last year&apos;s plan (回头看)…</source>
        <translation>上年度方案回头看(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="53"/>
        <source>&amp;Compare years…</source>
        <translation>年度对比(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="56"/>
        <source>&amp;Export a unit&apos;s package…</source>
        <translation>导出科室数据包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="59"/>
        <source>&amp;Import a unit&apos;s package…</source>
        <translation>导入科室数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="61"/>
        <source>Merge co&amp;nflicts…</source>
        <translation>合并冲突(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="72"/>
        <source>Merge co&amp;nflicts ({count})…</source>
        <translation>合并冲突（{count}）(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="115"/>
        <location filename="../govledger/ui/exchange_menu.py" line="126"/>
        <source>Export a unit&apos;s package</source>
        <translation>导出科室数据包</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="116"/>
        <source>Unit whose requirements, progress and evidence to export:</source>
        <translation>选择要导出其具体要求、工作开展情况和佐证材料的单位：</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="138"/>
        <source>Exported {unit}&apos;s package: {requirements} requirements, {files} evidence files.</source>
        <translation>已导出{unit}的数据包：{requirements} 项具体要求，{files} 份佐证文件。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="147"/>
        <location filename="../govledger/ui/exchange_menu.py" line="198"/>
        <source>Import a unit&apos;s package</source>
        <translation>导入科室数据包</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="161"/>
        <source>This package deletes {count} records of {unit} here. Merge it anyway?</source>
        <translation>该数据包将删除本台账中{unit}的 {count} 条记录。仍要合并吗？</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="173"/>
        <source>Merge {unit}&apos;s package</source>
        <translation>合并{unit}的数据包</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="179"/>
        <source>Merged {unit}&apos;s package: {added} added, {updated} updated, {merged} merged field by field, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>已合并“{unit}”的数据包：新增 {added}，更新 {updated}，逐项合并 {merged}，删除 {deleted}，冲突 {conflicts}。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="55"/>
        <source>Word ledger (台账, .docx)</source>
        <translation>Word 台账（.docx）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="62"/>
        <source>Excel ledger (台账, .xlsx)</source>
        <translation>Excel 台账（.xlsx）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="69"/>
        <source>PDF summary with charts (.pdf)</source>
        <translation>PDF 落实情况汇总（含图表，.pdf）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="76"/>
        <source>Yearly report draft: 工作要点落实情况 (.docx)</source>
        <translation>年度报告“工作要点落实情况”草稿（.docx）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="136"/>
        <source>Export and print</source>
        <translation>导出与打印</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="144"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="148"/>
        <source>Overdue requirements only</source>
        <translation>仅列逾期事项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="153"/>
        <source>Only what the window shows now ({count} requirements)</source>
        <translation>仅限窗口当前显示的内容（{count} 项工作要求）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="159"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="166"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="167"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="168"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="171"/>
        <location filename="../govledger/ui/export_dialog.py" line="249"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="179"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="185"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="188"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="264"/>
        <source>Writing {name}…</source>
        <translation>正在生成 {name}…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="284"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="92"/>
        <source>Extend the reply limit</source>
        <translation>延长答复期限</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="97"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="100"/>
        <source>The limit may be extended once, by at most {days} working days, with the approval of the head of the disclosure office.</source>
        <translation>需要延长答复期限的，应经政府信息公开工作机构负责人同意并告知申请人，可延长一次，最长不超过{days}个工作日。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="108"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="109"/>
        <source>Extended by</source>
        <translation>延长</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="124"/>
        <source>Extend request {number}</source>
        <translation>申请 {number} 延期答复</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="50"/>
        <source>Search tasks, units and progress notes (Ctrl+F)</source>
        <translation>搜索任务内容、责任单位、工作开展情况（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="58"/>
        <source>My unit only</source>
        <translation>只看本单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="60"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="90"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="103"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="177"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="188"/>
        <source>Show only the tasks of {unit}</source>
        <translation>只显示{unit}承担的任务</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="190"/>
        <source>Set your unit in Settings first</source>
        <translation>请先在“设置”中填写本单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="255"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="85"/>
        <source>Done without evidence</source>
        <translation>已完成但缺少佐证</translation>
    </message>
</context>
<context>
    <name>HeadingForm</name>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="31"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="32"/>
        <source>Heading</source>
        <translation>工作要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="33"/>
        <source>Below it</source>
        <translation>下设要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="55"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="58"/>
        <source>{total} requirements, {done} done</source>
        <translation>共 {total} 项具体要求，已完成 {done} 项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="91"/>
        <source>Save typed changes</source>
        <translation>保存输入的修改</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="98"/>
        <source>Edit number</source>
        <translation>修改序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="103"/>
        <source>Edit heading text</source>
        <translation>修改工作要求</translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="48"/>
        <source>Holidays and make-up workdays</source>
        <translation>节假日与调休安排</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="57"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="60"/>
        <source>Paste the State Council notice…</source>
        <translation>粘贴国务院通知…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="62"/>
        <source>Read the days off and make-up workdays from the notice as published</source>
        <translation>按国务院办公厅发布的通知原文读取放假和调休上班日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="69"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="69"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="69"/>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="83"/>
        <location filename="../govledger/ui/holiday_editor.py" line="176"/>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="84"/>
        <location filename="../govledger/ui/holiday_editor.py" line="176"/>
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="88"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="90"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="93"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="95"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="153"/>
        <source>The {year} schedule is built in from the State Council notice and cannot be changed.</source>
        <translation>{year} 年节假日安排已按国务院办公厅通知内置，不能修改。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="158"/>
        <source>The {year} schedule was entered here. Check it against the State Council notice; a pasted notice replaces it.</source>
        <translation>{year}年的节假日安排已在此录入。请与国务院通知核对；重新粘贴通知将替换已录入的安排。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="163"/>
        <source>The {year} schedule is not built in: enter it from the State Council notice (the days off and the make-up workdays). Until then Monday to Friday count as working days.</source>
        <translation>{year} 年节假日安排尚未内置：请依据国务院办公厅通知录入放假日期和调休上班日期。录入前，按周一至周五为工作日计算。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="173"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="173"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="173"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="192"/>
        <source>Enter holidays {first} to {last}</source>
        <translation>录入节假日 {first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="209"/>
        <source>Remove holidays ({count})</source>
        <translation>删除节假日（{count} 天）</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeDialog</name>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="48"/>
        <source>Read the State Council holiday notice</source>
        <translation>按国务院通知录入节假日安排</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="52"/>
        <source>Paste the whole notice (国务院办公厅关于{year}年部分节假日安排的通知) from the government website, title included. Check the days read on the calendar before saving.</source>
        <translation>请从政府网站复制《国务院办公厅关于{year}年部分节假日安排的通知》全文（含标题）粘贴到下面。保存前请在日历上核对读出的日期。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="125"/>
        <source>Nothing read yet.</source>
        <translation>尚未读到任何日期。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="127"/>
        <source>{year}: {off} days off and {work} make-up workdays read.</source>
        <translation>{year}年：读到放假 {off} 天，调休上班 {work} 天。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="133"/>
        <source>Saving replaces the {count} days entered for {year} before.</source>
        <translation>保存后将替换此前为{year}年录入的 {count} 天。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="141"/>
        <source>The {year} schedule is built in and cannot be changed; nothing will be saved.</source>
        <translation>{year}年的节假日安排已内置，不能修改，不会保存。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="151"/>
        <source>The year was not found: paste the title too.</source>
        <translation>未找到年份：请连同通知标题一起粘贴。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="152"/>
        <source>No day off could be read</source>
        <translation>未能读出放假日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="153"/>
        <source>Not a date: {detail}</source>
        <translation>不是有效日期：{detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="155"/>
        <source>The weekday printed beside {detail} is not that day&apos;s: check the text</source>
        <translation>{detail} 旁注明的星期与该日不符，请核对原文</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="158"/>
        <source>Neither days off (放假) nor make-up workdays (上班)</source>
        <translation>既不是放假也不是上班安排</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="164"/>
        <source>Not read: {line} — {reason}</source>
        <translation>未能读取：{line} —— {reason}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="175"/>
        <source>{name}: {first} to {last}, {count} days off</source>
        <translation>{name}：{first}至{last}，放假 {count} 天</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="179"/>
        <source>Make-up workdays: {days}</source>
        <translation>调休上班：{days}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="180"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="190"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="204"/>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="215"/>
        <source>Enter the {year} holidays from the notice</source>
        <translation>按通知录入{year}年节假日安排</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="119"/>
        <location filename="../govledger/ui/import_dialog.py" line="221"/>
        <location filename="../govledger/ui/import_dialog.py" line="370"/>
        <source>Import plan</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="125"/>
        <source>A plan document: Word, Excel, WPS, PDF, a saved web page or text</source>
        <translation>方案文件：Word、Excel、WPS、PDF、保存的网页或文本</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="127"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="134"/>
        <source>Paste the plan&apos;s text here, then press Read</source>
        <translation>将方案文字粘贴到此处，然后点击“识别文本”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="135"/>
        <source>Read text</source>
        <translation>识别文本</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="137"/>
        <source>Paste and read</source>
        <translation>粘贴并识别</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="148"/>
        <source>From a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="149"/>
        <source>Paste text</source>
        <translation>粘贴文本</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="176"/>
        <source>Title</source>
        <translation>方案标题</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="179"/>
        <source>Organization</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="181"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="183"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="193"/>
        <source>Save as new plan</source>
        <translation>保存为新方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="224"/>
        <source>Plan documents (*.docx *.xlsx *.pdf *.doc *.wps *.xls *.et *.html *.htm *.mht *.mhtml *.txt);;All files (*)</source>
        <translation>方案文件 (*.docx *.xlsx *.pdf *.doc *.wps *.xls *.et *.html *.htm *.mht *.mhtml *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="336"/>
        <source>Import plan “{title}”</source>
        <translation>导入方案“{title}”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="367"/>
        <source>Saving was cancelled; the ledger is unchanged.</source>
        <translation>已取消保存，台账未作改动。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="370"/>
        <source>Saving the plan…</source>
        <translation>正在保存方案…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="370"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="375"/>
        <source>Saving the plan: {done} of {total} tasks</source>
        <translation>正在保存方案：第 {done} 项，共 {total} 项</translation>
    </message>
</context>
<context>
    <name>JobNotice</name>
    <message>
        <location filename="../govledger/ui/job_notice.py" line="31"/>
        <source>{who} has finished {what}.</source>
        <translation>{who} 已完成{what}。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/job_notice.py" line="38"/>
        <source>{who} is {what}: the ledger updates when they finish.</source>
        <translation>{who} 正在{what}：完成后台账会自动更新。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/job_notice.py" line="44"/>
        <source>Until then no other import, carry-over or package merge can start on this ledger.</source>
        <translation>在此之前，本台账不能开始其他的导入、结转或数据包合并。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../govledger/ui/labels.py" line="26"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="27"/>
        <source>Task / requirement</source>
        <translation>任务/具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="28"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="29"/>
        <source>Cooperating</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="30"/>
        <source>Time limit</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="31"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="33"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="34"/>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="40"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="41"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="42"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="43"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="44"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="50"/>
        <source>Lead or cooperating</source>
        <translation>牵头或配合</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="51"/>
        <source>Lead only</source>
        <translation>仅牵头</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="52"/>
        <source>Cooperating only</source>
        <translation>仅配合</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="58"/>
        <source>all year / ongoing</source>
        <translation>全年/持续推进</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="59"/>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="60"/>
        <source>every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="61"/>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="88"/>
        <source>{count} working days overdue</source>
        <translation>已逾期 {count} 个工作日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="92"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="93"/>
        <source>{count} working days left</source>
        <translation>剩余 {count} 个工作日</translation>
    </message>
</context>
<context>
    <name>LedgerOpening</name>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="139"/>
        <source>This ledger is in use on {host} ({user}) since {since}.

Only one computer may change it at a time. You can open it read-only to look at it and print from it.</source>
        <translation>该台账自 {since} 起正在被 {host}（{user}）使用。

同一时间只能在一处修改台账。您可以以只读方式打开，查看和打印台账。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="147"/>
        <location filename="../govledger/ui/ledger_opening.py" line="169"/>
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="157"/>
        <source>The ledger was not closed properly on {host} ({user}) — perhaps after a power cut or a crash — and that program is no longer running.

Take the ledger over on this computer? Every saved edit is kept.</source>
        <translation>该台账上次在 {host}（{user}）上未正常关闭（可能是停电或程序异常退出），该程序已不在运行。

是否在本机接管该台账？已保存的修改都不会丢失。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="165"/>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="184"/>
        <source>No good backup was found to recover from.</source>
        <translation>没有找到可用于恢复的完好备份。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="189"/>
        <source>{error}

The damaged file will be kept aside (never overwritten) and the ledger rebuilt from the latest good backup of {time}: {plans} plans, {tasks} tasks.

Recover now?</source>
        <translation>{error}

损坏的文件将另行保存（不会被覆盖），并用 {time} 的最近一次完好备份重建台账（{plans} 个方案，{tasks} 项任务）。

现在恢复吗？</translation>
    </message>
</context>
<context>
    <name>LedgerStatusBar</name>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="45"/>
        <source>Server ledger: {location}</source>
        <translation>服务器台账：{location}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="47"/>
        <source>Ledger: {path}</source>
        <translation>台账文件：{path}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="59"/>
        <source>Upgraded by a newer govledger: close this window</source>
        <translation>台账已由新版本 govledger 升级：请关闭本窗口</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="63"/>
        <source>Ledger upgraded</source>
        <translation>台账已升级</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="70"/>
        <source>This window no longer shows other clerks&apos; changes. Copy out anything you are typing, close govledger and install the version named above.</source>
        <translation>本窗口不再显示其他同事的修改。请先把正在输入的内容复制出来，然后关闭 govledger，安装上面所说的版本。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="80"/>
        <source>The server no longer lets this login read the ledger</source>
        <translation>服务器已不再允许本账号读取台账</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="89"/>
        <source>Indexing the plan…</source>
        <translation>正在建立方案索引…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="95"/>
        <source>{total} requirements · {done} done · {progress} in progress · {overdue} overdue · {soon} due soon</source>
        <translation>共 {total} 项具体要求 · 已完成 {done} · 进行中 {progress} · 逾期 {overdue} · 临近截止 {soon}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="30"/>
        <source>Add web link</source>
        <translation>添加网页链接</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="34"/>
        <source>e.g. the column page on the portal</source>
        <translation>例如：门户网站政务公开专栏页面</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="39"/>
        <source>The address must start with http:// or https://</source>
        <translation>网址须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="47"/>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="48"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="49"/>
        <source>Date captured</source>
        <translation>采集日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="50"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../govledger/ui/main_window.py" line="69"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="139"/>
        <source>{year} · {title}</source>
        <translation>{year}年 · {title}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="145"/>
        <source>(no plan yet — import one)</source>
        <translation>（尚无方案，请先导入）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="183"/>
        <source>Government disclosure work-plan ledger</source>
        <translation>政务公开工作要点台账</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="226"/>
        <source>govledger</source>
        <translation>政务公开台账</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="389"/>
        <source>The ledger file was replaced by another program; it has been read again.</source>
        <translation>台账文件已被其他程序替换，已重新读取。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="186"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
</context>
<context>
    <name>MergeConflictDialog</name>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="117"/>
        <source>Merge conflicts</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="125"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="125"/>
        <source>This ledger</source>
        <translation>本台账</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="125"/>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="125"/>
        <source>Result</source>
        <translation>合并结果</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="136"/>
        <source>Keep this ledger&apos;s version</source>
        <translation>保留本台账的内容</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="137"/>
        <source>Take the package&apos;s version</source>
        <translation>采用数据包的内容</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="161"/>
        <source>Apply choices</source>
        <translation>应用所选</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="187"/>
        <source>No merge conflicts are waiting.</source>
        <translation>没有待处理的合并冲突。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="201"/>
        <source>[{done} of {total} fields]</source>
        <translation>[已选 {done}/{total} 项]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="204"/>
        <location filename="../govledger/ui/conflict_dialog.py" line="209"/>
        <source>[ours]</source>
        <translation>[本台账]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="204"/>
        <location filename="../govledger/ui/conflict_dialog.py" line="210"/>
        <source>[package]</source>
        <translation>[数据包]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="206"/>
        <source>[field by field]</source>
        <translation>[逐项选择]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="211"/>
        <source>[open]</source>
        <translation>[待定]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="243"/>
        <source>(deleted in this ledger)</source>
        <translation>（本台账中已删除）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="244"/>
        <source>(deleted in the package)</source>
        <translation>（数据包中已删除）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="267"/>
        <source>Package&apos;s (changed there only)</source>
        <translation>取数据包的（仅对方修改）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="268"/>
        <source>Ours (changed here only)</source>
        <translation>取本台账的（仅本方修改）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="273"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="274"/>
        <source>This ledger&apos;s</source>
        <translation>本台账的</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="275"/>
        <source>The package&apos;s</source>
        <translation>数据包的</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="293"/>
        <source>{kind} from {unit}&apos;s package {name}, found {at}.</source>
        <translation>{kind}，来自{unit}的数据包 {name}，发现于 {at}。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="301"/>
        <source>Taking the package&apos;s version also brings back {count} records below it.</source>
        <translation>采用数据包的内容还将恢复其下的 {count} 条记录。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="371"/>
        <source>{chosen} of {total} decided.</source>
        <translation>已确定 {chosen} / {total} 项。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="384"/>
        <source>Resolve {count} merge conflicts</source>
        <translation>处理 {count} 项合并冲突</translation>
    </message>
</context>
<context>
    <name>MissingScheduleNotice</name>
    <message>
        <location filename="../govledger/ui/schedule_notice.py" line="30"/>
        <source>Enter the holidays…</source>
        <translation>录入节假日安排…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/schedule_notice.py" line="50"/>
        <source>The {year} holidays have not been entered: working days are counted Monday to Friday.</source>
        <translation>{year}年的节假日安排尚未录入，工作日暂按周一至周五计算。</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="78"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="79"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="80"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="81"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="82"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="83"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="84"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="87"/>
        <source>off</source>
        <comment>holiday badge</comment>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="88"/>
        <source>work</source>
        <comment>make-up workday badge</comment>
        <translation>班</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="26"/>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="36"/>
        <source>e.g. 江建管〔2022〕39号</source>
        <translation>如：江建管〔2022〕39号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="43"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="44"/>
        <source>Organization</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="45"/>
        <source>Title</source>
        <translation>方案标题</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="46"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="50"/>
        <source>Create plan</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="69"/>
        <source>New plan “{title}”</source>
        <translation>新建方案“{title}”</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="120"/>
        <source>Which plans?</source>
        <translation>选择方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="123"/>
        <source>Last year&apos;s plan is reviewed; what is carried over goes into this year&apos;s plan.</source>
        <translation>对上年度方案开展回头看，需结转的事项转入本年度方案。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="132"/>
        <source>Last year&apos;s plan</source>
        <translation>上年度方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="133"/>
        <source>This year&apos;s plan</source>
        <translation>本年度方案</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="145"/>
        <source>Choose two different plans.</source>
        <translation>请选择两个不同的方案。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="149"/>
        <source>{count} requirements of last year&apos;s plan are still open.</source>
        <translation>上年度方案中还有 {count} 项具体要求未完成。</translation>
    </message>
</context>
<context>
    <name>ProgressLog</name>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="194"/>
        <source>Reporting unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="196"/>
        <source>What was done, e.g. published on the portal…</source>
        <translation>填写工作开展情况，如：已在门户网站政府信息公开专栏发布…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="198"/>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="201"/>
        <location filename="../govledger/ui/progress_log.py" line="296"/>
        <source>Delete note</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="205"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="207"/>
        <source>Unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="252"/>
        <source>Add progress note</source>
        <translation>添加工作开展情况</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="296"/>
        <source>Delete the selected progress note?</source>
        <translation>确定删除所选的工作开展情况记录吗？</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="306"/>
        <source>Delete progress note</source>
        <translation>删除工作开展情况</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="79"/>
        <source>Unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="79"/>
        <source>Work carried out</source>
        <translation>工作开展情况</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="132"/>
        <source>Edit progress note</source>
        <translation>修改工作开展情况</translation>
    </message>
</context>
<context>
    <name>ProseEditor</name>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="49"/>
        <source>Use the ledger&apos;s draft</source>
        <translation>恢复为台账生成的初稿</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="54"/>
        <source>One paragraph per line. A line starting with （一） or 1. prints as a heading up to its first 。; text in 〔…〕 is highlighted for filling in.</source>
        <translation>每行为一段。以“（一）”或“1.”开头的行，第一个句号之前的部分作为标题排版；〔…〕中的内容在导出时以黄色标出，提示补充。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="74"/>
        <source>Opening paragraph</source>
        <translation>开头语</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="99"/>
        <source>{title} (draft)</source>
        <translation>{title}（初稿）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="119"/>
        <source>Drafted from the ledger; your first edit is saved as the report&apos;s text.</source>
        <translation>此为根据台账生成的初稿；修改后即保存为报告正文。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="121"/>
        <source>Saved text (edited).</source>
        <translation>已保存的正文（经修改）。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="135"/>
        <source>Edit report text “{part}”</source>
        <translation>修改报告正文“{part}”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="145"/>
        <source>Use the ledger&apos;s draft for “{part}”</source>
        <translation>“{part}”恢复为台账初稿</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="31"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="32"/>
        <source>Reminder sheets…</source>
        <translation>催办单…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="35"/>
        <source>Hide until tomorrow</source>
        <translation>今天不再显示</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="57"/>
        <source>No deadline is overdue or due soon.</source>
        <translation>没有逾期或即将到期的工作。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="61"/>
        <source>Today {date}: {overdue} deadlines overdue, {soon} due within {days} working days, across {units} units.</source>
        <translation>今天 {date}：{overdue} 项已逾期，{soon} 项将在 {days} 个工作日内到期，涉及 {units} 个单位。</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="157"/>
        <source>Save reminder sheet</source>
        <translation>保存催办单</translation>
    </message>
</context>
<context>
    <name>ReminderSummaryDialog</name>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="58"/>
        <source>Deadline reminders</source>
        <translation>时限提醒</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="65"/>
        <source>{overdue} overdue and {soon} due soon on {date}</source>
        <translation>截至 {date}：{overdue} 个时限逾期，{soon} 个即将到期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="75"/>
        <source>Unit / requirement</source>
        <translation>单位 / 具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="76"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="77"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="78"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="79"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="86"/>
        <source>Show this summary when govledger starts</source>
        <translation>启动时显示此提醒</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="90"/>
        <source>Reminder sheet for the selected unit…</source>
        <translation>为所选单位生成催办单…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="92"/>
        <source>Reminder sheets for all units…</source>
        <translation>为全部单位生成催办单…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="108"/>
        <source>lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="108"/>
        <source>cooperating</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="113"/>
        <source>(no unit named)</source>
        <translation>（未指定单位）</translation>
    </message>
</context>
<context>
    <name>ReplyDeadlines</name>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="26"/>
        <source>Reply {number} {content}</source>
        <translation>答复 {number} {content}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="33"/>
        <source>Reply due {date}</source>
        <translation>答复期限 {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="37"/>
        <source>Reply due {date} (extended)</source>
        <translation>答复期限 {date}（已延期）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="41"/>
        <source>Information request {number} ({kind})</source>
        <translation>政府信息公开申请 {number}（{kind}）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="48"/>
        <source>Replied on {date}</source>
        <translation>{date} 已答复</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="51"/>
        <source>Step: {step}</source>
        <translation>当前环节：{step}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="69"/>
        <source>Replies to information requests ({count})</source>
        <translation>依申请公开待答复（{count}）</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="72"/>
        <source>Yearly disclosure report (政府信息公开工作年度报告)</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="76"/>
        <source>organisation, as in the title</source>
        <translation>报告标题中的机关名称</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="78"/>
        <source>Export &amp;Word…</source>
        <translation>导出 Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="79"/>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="96"/>
        <source>Text (一, 五, 六)</source>
        <translation>正文（一、五、六）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="105"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="108"/>
        <source>Organisation</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="115"/>
        <source>Cross-checks</source>
        <translation>勾稽关系校验</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="162"/>
        <source>The register counts {count}; adjusted by {delta:+d} because: {reason}</source>
        <translation>登记簿计算为 {count}，手工调整 {delta:+d}，理由：{reason}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="165"/>
        <source>The register counts {count}; adjusted by {delta:+d}</source>
        <translation>登记簿计算为 {count}，手工调整 {delta:+d}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="178"/>
        <source>Table 2 · proactive disclosure</source>
        <translation>表二 · 主动公开</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="179"/>
        <source>Table 3 · requests</source>
        <translation>表三 · 依申请公开</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="180"/>
        <source>Table 4 · review and litigation</source>
        <translation>表四 · 行政复议、行政诉讼</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="197"/>
        <source>“{part}” still has 〔…〕 to fill in</source>
        <translation>“{part}”仍有〔…〕内容待补充</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="200"/>
        <source>✓ Every cross-check of the tables holds.</source>
        <translation>✓ 各表勾稽关系全部相符。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="231"/>
        <source>A whole number (a count) is needed here, not “{text}”.</source>
        <translation>此处应填整数（件数），而不是“{text}”。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="237"/>
        <source>Adjust table 3</source>
        <translation>调整表三数据</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="242"/>
        <source>Enter a report figure</source>
        <translation>填写年度报告数据</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="254"/>
        <source>Reason for the adjustment…</source>
        <translation>填写调整理由…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="257"/>
        <location filename="../govledger/ui/report_editor.py" line="282"/>
        <source>Use the register&apos;s count</source>
        <translation>恢复为登记簿计算的数字</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="270"/>
        <source>Reason for the adjustment</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="270"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="275"/>
        <source>Reason for an adjustment</source>
        <translation>填写调整理由</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="293"/>
        <source>Edit the report&apos;s organisation</source>
        <translation>修改报告的机关名称</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="301"/>
        <source>{year} government information disclosure report</source>
        <translation>{year}年政府信息公开工作年度报告</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="303"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="313"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="317"/>
        <source>{count} cross-checks of the statistics fail:</source>
        <translation>统计表有 {count} 处校验未通过：</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="322"/>
        <source>A report filed with figures that do not add up has to be corrected later. Export it anyway?</source>
        <translation>数字不能相互印证的年度报告报出后还须更正。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="328"/>
        <source>Export anyway</source>
        <translation>仍要导出</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="329"/>
        <source>Go back and correct</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="355"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../govledger/ui/report_menu.py" line="32"/>
        <source>&amp;Annual report</source>
        <translation>年度报告(&amp;A)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_menu.py" line="40"/>
        <source>&amp;Requests register (依申请公开)…</source>
        <translation>依申请公开登记(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_menu.py" line="42"/>
        <source>Annual re&amp;port…</source>
        <translation>年度报告编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>RequirementForm</name>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="70"/>
        <source>e.g. 10月底前, 全年, 每季度</source>
        <translation>如：10月底前、全年、每季度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="77"/>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="103"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="104"/>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="105"/>
        <source>As written</source>
        <translation>责任单位原文</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="106"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="107"/>
        <source>Cooperating</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="108"/>
        <source>Time limit</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="110"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="111"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="112"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="121"/>
        <source>Change lead units</source>
        <translation>修改牵头单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="124"/>
        <source>Change cooperating units</source>
        <translation>修改配合单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="197"/>
        <source>Save typed changes</source>
        <translation>保存输入的修改</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="224"/>
        <source>As printed: {label}</source>
        <translation>原编号：{label}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="292"/>
        <source>No time limit written.</source>
        <translation>未填写时间节点。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="297"/>
        <source>due {date}</source>
        <translation>截止 {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="301"/>
        <source>counted from an event</source>
        <translation>自相关事项发生之日起计算</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="306"/>
        <source>Not understood as a date; pick the due date below.</source>
        <translation>未能识别为具体日期，请在下方选择截止日期。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="348"/>
        <source>Edit number</source>
        <translation>修改序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="353"/>
        <source>Edit requirement text</source>
        <translation>修改具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="363"/>
        <source>Change time limit</source>
        <translation>修改时间节点</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="371"/>
        <source>Change due date</source>
        <translation>修改截止日期</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="380"/>
        <source>Change status</source>
        <translation>修改状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="400"/>
        <source>Change progress</source>
        <translation>修改进度</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="39"/>
        <source>Daily, on start</source>
        <translation>每日启动时</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="40"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="41"/>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="42"/>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="43"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="46"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="136"/>
        <location filename="../govledger/ui/restore_dialog.py" line="54"/>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="60"/>
        <source>Backups are made every day on start and before every import and merge, and kept: all of the last day, one a day for a week, one a week for two months, one a month for two years. Restoring first backs up the ledger as it is now.</source>
        <translation>每天首次启动时以及每次导入、合并前都会自动备份。保留规则：最近一天的全部保留，一周内每天保留一份，两个月内每周一份，两年内每月一份。恢复前会先备份当前台账。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="71"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="72"/>
        <source>Why</source>
        <translation>备份原因</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="73"/>
        <source>Plans</source>
        <translation>方案数</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="74"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="75"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="87"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="88"/>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="110"/>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="110"/>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="156"/>
        <source>Replace the whole ledger with the backup of {time} ({plans} plans, {tasks} tasks)? The ledger as it is now is backed up first, and edits cannot be undone across a restore.</source>
        <translation>用 {time} 的备份（{plans} 个方案，{tasks} 项任务）替换整个台账吗？当前台账会先另行备份；恢复之后，恢复前的修改不能再撤销。</translation>
    </message>
</context>
<context>
    <name>ReviewLists</name>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="45"/>
        <source>Text not imported</source>
        <translation>未导入的内容</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="45"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="45"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="54"/>
        <source>Add as requirement</source>
        <translation>添加为具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="56"/>
        <source>Adds the chosen line as a requirement after the selected row</source>
        <translation>把选中的内容作为一项具体要求，添加在当前选中的行之后</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="88"/>
        <source>No warnings: the plan was read without doubts.</source>
        <translation>无提示：方案识别结果没有疑点。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="91"/>
        <source>To review ({count})</source>
        <translation>待核对（{count}）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="112"/>
        <source>Nothing left out: every line is in the plan.</source>
        <translation>没有未导入的内容：每一行都已纳入方案。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="115"/>
        <source>Not imported ({count})</source>
        <translation>未导入的内容（{count}）</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="54"/>
        <source>Carry over as new</source>
        <translation>作为新事项结转</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="55"/>
        <source>Close (give a reason)</source>
        <translation>不再结转（须填原因）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="56"/>
        <source>Not applicable (reason)</source>
        <translation>不适用（须填原因）</translation>
    </message>
</context>
<context>
    <name>RolloverWizard</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="73"/>
        <source>Review last year&apos;s plan (回头看)</source>
        <translation>上年度方案回头看</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="104"/>
        <source>Review of last year&apos;s plan</source>
        <translation>上年度方案回头看</translation>
    </message>
</context>
<context>
    <name>SafetyNotices</name>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="32"/>
        <source>Read-only: the ledger is open for changes in another window or on another computer</source>
        <translation>只读：该台账正在另一个窗口或另一台电脑上修改</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="40"/>
        <source>Network folder: safe journal mode in use</source>
        <translation>网络文件夹：已改用安全日志模式</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="45"/>
        <source>Recovered from backup {backup}; the damaged file is kept as {aside}</source>
        <translation>已从备份 {backup} 恢复；损坏的文件另存为 {aside}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="62"/>
        <source>Connect to the unit&apos;s server ledger</source>
        <translation>连接单位服务器台账</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="68"/>
        <source>server name or IP, or paste a postgresql:// address</source>
        <translation>服务器名或 IP 地址，也可粘贴 postgresql:// 地址</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="81"/>
        <source>e.g. govledger</source>
        <translation>如 govledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="87"/>
        <source>Encrypt if the server can</source>
        <translation>尽量加密</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="88"/>
        <source>Always encrypt</source>
        <translation>必须加密</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="89"/>
        <source>Encrypt and verify the server&apos;s certificate</source>
        <translation>验证服务器证书</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="90"/>
        <source>No encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="94"/>
        <source>Remember the password (kept in Windows Credential Manager)</source>
        <translation>记住密码（保存在 Windows 凭据管理器）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="105"/>
        <source>Ask your IT administrator for the server, database and user name. The password is never saved in the settings.</source>
        <translation>服务器地址、数据库名和用户名请向信息中心或系统管理员询问。密码不会保存在程序设置中。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="114"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="115"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="116"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="117"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="118"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="119"/>
        <source>Encryption</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="132"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="133"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="241"/>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="260"/>
        <source>Connected to {server}. Click Connect to open the ledger.</source>
        <translation>已成功连接 {server}。点击“连接”打开台账。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="30"/>
        <source>e.g. 江门市人力资源和社会保障局</source>
        <translation>如：江门市人力资源和社会保障局</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="35"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="37"/>
        <source>Default: the user data folder</source>
        <translation>默认：用户数据文件夹</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="38"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="51"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="57"/>
        <source>Language and data folder changes apply after a restart.</source>
        <translation>界面语言和数据文件夹的修改在重新启动程序后生效。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="61"/>
        <source>Organization</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="62"/>
        <source>Warn before due</source>
        <translation>截止前提醒</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="63"/>
        <location filename="../govledger/ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="64"/>
        <source>My unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="65"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="61"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="68"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="68"/>
        <source>My change</source>
        <translation>我的修改</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="68"/>
        <source>Saved version</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="89"/>
        <source>Keep my changes</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="90"/>
        <source>Use the saved version</source>
        <translation>采用已保存的版本</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="91"/>
        <source>Save what I typed over the version saved now.</source>
        <translation>用我输入的内容覆盖现在已保存的版本。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="92"/>
        <source>Discard what I typed and show the saved version.</source>
        <translation>放弃我输入的内容，显示已保存的版本。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="96"/>
        <source>Save nothing now; keep what I typed.</source>
        <translation>暂不保存，保留我输入的内容。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="335"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="337"/>
        <source>Apply makes all these changes in one step; Undo takes them back.</source>
        <translation>点击“应用”将一次完成以上全部处理；如需撤回，可使用“撤销”。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="340"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="352"/>
        <source>Continue in this year&apos;s matching requirement: {count}</source>
        <translation>并入本年度对应事项：{count}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="367"/>
        <source>(time limit to set anew)</source>
        <translation>（时间节点须重新确定）</translation>
    </message>
</context>
<context>
    <name>TaskCells</name>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="148"/>
        <source>Responsible: {units}</source>
        <translation>责任单位：{units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="171"/>
        <source>{count} overdue</source>
        <translation>逾期 {count} 项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="176"/>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="181"/>
        <source>{text}
{done} of {total} requirements done</source>
        <translation>{text}
共 {total} 项具体要求，已完成 {done} 项</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="139"/>
        <source>Marked done, but no evidence is attached</source>
        <translation>已标记为已完成，但尚未添加佐证材料</translation>
    </message>
</context>
<context>
    <name>TaskDragDrop</name>
    <message>
        <location filename="../govledger/ui/drag_drop.py" line="81"/>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
</context>
<context>
    <name>TaskOperations</name>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="56"/>
        <source>Add requirement</source>
        <translation>新增具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="57"/>
        <source>New requirement</source>
        <translation>新的具体要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="78"/>
        <source>Add heading</source>
        <translation>新增工作要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="78"/>
        <source>New heading</source>
        <translation>新的工作要求</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="104"/>
        <source>Delete “{title}” with its sub-tasks, progress notes and evidence records?</source>
        <translation>确定删除“{title}”及其下级任务、工作开展情况和佐证材料记录吗？</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="108"/>
        <source>Delete {count} tasks with their sub-tasks, progress notes and evidence records?</source>
        <translation>确定删除所选 {count} 项任务及其下级任务、工作开展情况和佐证材料记录吗？</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="111"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>删除后可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="114"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="129"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="129"/>
        <source>Delete tasks</source>
        <translation>删除多项任务</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="157"/>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="167"/>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="174"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="180"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../govledger/ui/task_tree_model.py" line="376"/>
        <source>Edit number</source>
        <translation>修改序号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_tree_model.py" line="376"/>
        <source>Edit text</source>
        <translation>修改内容</translation>
    </message>
</context>
<context>
    <name>TreeFiltering</name>
    <message>
        <location filename="../govledger/ui/tree_filtering.py" line="48"/>
        <source>Filters apply once the plan is indexed…</source>
        <translation>方案索引建立后筛选即生效…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/tree_filtering.py" line="52"/>
        <source>{count} requirements match</source>
        <translation>符合条件的具体要求 {count} 项</translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <location filename="../govledger/ui/typed_date_edit.py" line="66"/>
        <source>Understood as {date}</source>
        <translation>理解为 {date}</translation>
    </message>
</context>
<context>
    <name>UnitDirectory</name>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="49"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="50"/>
        <source>Internal office (科室)</source>
        <translation>内设科室</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="51"/>
        <source>Grassroots unit (基层单位)</source>
        <translation>基层单位</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="54"/>
        <source>Public institution (事业单位)</source>
        <translation>事业单位</translation>
    </message>
</context>
<context>
    <name>UnitDirectoryDialog</name>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="170"/>
        <source>Unit directory</source>
        <translation>单位目录</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="186"/>
        <source>Double-click a name to rename it everywhere, or a kind to change it: “各科室” reaches every internal office. To merge units that are the same office, select them, choose the name to keep and press Merge.</source>
        <translation>双击名称可在各处统一改名，双击类别可修改：“各科室”指所有内设科室。同一单位有两个名称时，选中它们，选定保留的名称后点“合并”。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="196"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="199"/>
        <source>Merge selected into</source>
        <translation>将所选单位合并为</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="244"/>
        <source>Merge units into “{name}”</source>
        <translation>合并单位为“{name}”</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="37"/>
        <source>Type or pick units, separated by 、</source>
        <translation>输入或选择单位，多个单位用“、”分隔</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="40"/>
        <source>Pick from the unit directory</source>
        <translation>从单位目录中选择</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="85"/>
        <source>(the unit directory is empty)</source>
        <translation>（单位目录为空）</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="104"/>
        <source>Unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="104"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="104"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="115"/>
        <source>Stands for: {kind}</source>
        <translation>泛指：{kind}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="123"/>
        <source>A collective name: filters, unit packages and reminder sheets reach every unit of this kind instead (其他…: those not named beside it).</source>
        <translation>这是泛指名称：筛选、单位数据包和催办单都落到该类别的每个单位（“其他……”指同一栏中未列出的单位）。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="150"/>
        <source>Rename unit “{old}” to “{new}”</source>
        <translation>单位“{old}”更名为“{new}”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="160"/>
        <source>Set the kind of “{name}”</source>
        <translation>设置“{name}”的类别</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <location filename="../govledger/ui/unsaved_edits.py" line="44"/>
        <source>Unsaved progress note</source>
        <translation>未添加的进展记录</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unsaved_edits.py" line="45"/>
        <source>A progress note was typed but not added:

{note}

Add it now?</source>
        <translation>有一条进展记录已输入但尚未添加：

{note}

现在添加吗？</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="60"/>
        <source>Welcome to govledger</source>
        <translation>欢迎使用政务公开工作要点台账</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="64"/>
        <source>Start with the plan your office received (分工方案, a Word or Excel file, a web page or a PDF): govledger reads its duties, units and deadlines, and you check them before anything is saved.</source>
        <translation>先导入本单位收到的分工方案（Word 或 Excel 文件、网页或 PDF）：程序会识别其中的工作任务、责任单位和时间节点，经您核对后再保存。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="71"/>
        <source>Import plan… (Ctrl+I)</source>
        <translation>导入方案…（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="74"/>
        <source>Start a blank plan…</source>
        <translation>新建空白方案…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="76"/>
        <source>Open the demo ledger</source>
        <translation>打开示例台账</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="78"/>
        <source>A separate ledger with a sample plan and its work; yours stays empty.</source>
        <translation>一个单独的示例台账，含示例方案及其工作记录；您自己的台账保持不变。</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="83"/>
        <source>Your ledger: the server ledger {location}
Backups: kept on the server by your IT administrator</source>
        <translation>您的台账：服务器台账 {location}
备份：由信息管理员在服务器上进行</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="87"/>
        <source>Your ledger: {ledger}
Backups: {backups}</source>
        <translation>本台账文件：{ledger}
备份位置：{backups}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="131"/>
        <source>The demo ledger could not be made: {detail}</source>
        <translation>无法建立示例台账：{detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="136"/>
        <source>The demo ledger opens in a second window ({path}).</source>
        <translation>示例台账将在另一个窗口中打开（{path}）。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="25"/>
        <source>&amp;New plan…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="31"/>
        <source>&amp;Import plan…</source>
        <translation>导入方案(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="37"/>
        <source>Connect to the unit&apos;s server ledger…</source>
        <translation>连接单位服务器台账…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="41"/>
        <source>Export evi&amp;dence pack…</source>
        <translation>导出佐证材料包(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="45"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="50"/>
        <source>&amp;Export and print…</source>
        <translation>导出与打印(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="55"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="60"/>
        <source>&amp;Backups and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="64"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="70"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="75"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="80"/>
        <source>&amp;Add requirement</source>
        <translation>新增具体要求(&amp;A)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="86"/>
        <source>Add &amp;heading</source>
        <translation>新增工作要求(&amp;H)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="91"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="99"/>
        <source>&amp;Indent</source>
        <translation>降级(&amp;I)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="104"/>
        <source>&amp;Outdent</source>
        <translation>升级(&amp;O)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="109"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="115"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="121"/>
        <source>&amp;Edit text</source>
        <translation>修改内容(&amp;E)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="124"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="129"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="134"/>
        <source>Show &amp;filter bar</source>
        <translation>显示筛选栏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="139"/>
        <source>&amp;My unit only</source>
        <translation>只看本单位(&amp;M)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="144"/>
        <source>&amp;Wrap long text</source>
        <translation>自动换行显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="150"/>
        <source>E&amp;xpand all</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="155"/>
        <source>C&amp;ollapse all</source>
        <translation>全部折叠(&amp;O)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="160"/>
        <source>&amp;Unit directory…</source>
        <translation>单位目录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="190"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="203"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="209"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="215"/>
        <source>Co&amp;lumns</source>
        <translation>显示的列(&amp;L)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="220"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="236"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>YearPlans</name>
    <message>
        <location filename="../govledger/ui/year_plans.py" line="30"/>
        <source>{year} · {title}</source>
        <translation>{year}年 · {title}</translation>
    </message>
</context>
</TS>
