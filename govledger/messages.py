"""The shared message table for everything said outside Qt widgets.

CLI output and the errors raised by the store, importers and exporters are looked
up here by key, in Simplified Chinese or English. The GUI shows the same texts in
its dialogs, so a clerk reads the same words in both places.

Language: one rule for the CLI and the GUI (choose_language): ``GOVLEDGER_LANG``
("zh" / "en") if set, else the language saved in the settings, else the system's:
Chinese unless the system speaks English (a bare C.UTF-8 server speaks Chinese).
"""

from __future__ import annotations

import errno
import os
import sys

_MESSAGES: dict[str, tuple[str, str]] = {
    # key: (简体中文, English)
    # --- opening a ledger
    "open.not_sqlite": (
        "无法打开台账文件 {path}：文件已损坏或不是台账文件。",
        "Cannot open ledger {path}: the file is damaged or not a ledger.",
    ),
    "open.foreign": (
        "无法打开 {path}：这是其他程序的数据库，不是 govledger 台账。文件未作任何改动。",
        "Cannot open {path}: it is another program's database, not a govledger ledger. "
        "The file was left untouched.",
    ),
    "open.newer": (
        "无法打开 {path}：该台账由较新版本的 govledger 创建"
        "（数据版本 {found}，本程序支持到 {supported}）。请升级 govledger。文件未作任何改动。",
        "Cannot open {path}: it was written by a newer govledger (data version {found}, this "
        "program supports up to {supported}). Please upgrade govledger. "
        "The file was left untouched.",
    ),
    "open.damaged": (
        "台账文件 {path} 已损坏：{detail}",
        "The ledger file {path} is damaged: {detail}",
    ),
    "open.cannot_create": (
        "无法在 {path} 创建台账：{detail}",
        "Cannot create a ledger at {path}: {detail}",
    ),
    "open.readonly_missing": (
        "台账文件 {path} 不存在。",
        "The ledger file {path} does not exist.",
    ),
    # --- what went wrong with a ledger file, one sentence each (issue 19)
    "open.failed": (
        "无法打开台账文件 {path}：{detail}。文件未作任何改动。",
        "Cannot open the ledger file {path}: {detail}. The file was left untouched.",
    ),
    "open.old_version": (
        "台账 {path} 的数据版本较旧，请先以可写方式打开一次（例如启动程序）以完成升级。",
        "The ledger {path} has an older data version; open it once for writing "
        "(start the program) to upgrade it.",
    ),
    "open.empty": (
        "台账文件 {path} 是空的（0 字节），但旁边有备份：文件已损坏，"
        "请用 govledger restore --latest 或“备份与恢复”从备份恢复。",
        "The ledger file {path} is empty (0 bytes) although backups exist: it is damaged; "
        "restore it with govledger restore --latest or Backups and restore.",
    ),
    "open.missing": (
        "台账文件 {path} 不见了，但旁边有备份：请用 govledger restore --latest 或“备份与恢复”"
        "从备份恢复，而不是新建一个空台账。",
        "The ledger file {path} is gone although backups exist: restore it with govledger "
        "restore --latest or Backups and restore rather than start an empty ledger.",
    ),
    "ledger.busy": (
        "台账正被其他程序使用，请稍后再试（{path}）。台账未作改动。",
        "The ledger is in use by another program; please try again later ({path}). "
        "Nothing was changed.",
    ),
    "ledger.disk_full": (
        "磁盘空间不足，操作未完成（{path}）；台账保持原样，请腾出空间后再试。",
        "The disk is full, so this was not done ({path}); the ledger is as it was. "
        "Free some space and try again.",
    ),
    "ledger.damaged": (
        "台账文件 {path} 已损坏（{detail}）；请用 govledger restore --latest 从备份恢复。",
        "The ledger file {path} is damaged ({detail}); restore it with govledger restore --latest.",
    ),
    "file.failed": ("无法读写 {path}：{detail}", "Cannot read or write {path}: {detail}"),
    "ledger.damaged_found": (
        "检查发现台账文件 {path} 已损坏（{detail}）。请在“备份与恢复”中从最近的完好备份恢复，"
        "损坏的文件会另行保留。",
        "The check found the ledger file {path} damaged ({detail}). Restore the latest good "
        "backup in Backups and restore; the damaged file is kept aside.",
    ),
    "ledger.failed": (
        "台账文件 {path} 读写失败：{detail}",
        "Reading or writing the ledger file {path} failed: {detail}",
    ),
    # --- a shared ledger on a server (issue 24)
    "server.no_driver": (
        "连接台账服务器所需的数据库驱动“{driver}”未安装或无法加载（{reason}）。",
        "The database driver '{driver}' needed for a server ledger is not installed or "
        "cannot be loaded ({reason}).",
    ),
    "server.offline": (
        "无法连接台账服务器 {server}：{detail}。请检查网络或联系信息管理员；台账未作改动。",
        "Cannot reach the ledger server {server}: {detail}. Check the network or ask your IT "
        "administrator; nothing was changed.",
    ),
    "server.login_failed": (
        "台账服务器 {server} 拒绝登录：{detail}。请检查用户名和密码。",
        "The ledger server {server} refused the login: {detail}. Check the user name and password.",
    ),
    "server.auth_method": (
        "台账服务器 {server} 要求的登录方式本电脑的数据库驱动不支持：{detail}。openGauss/GaussDB、"
        "瀚高默认用 SHA256/SM3 保存密码：请信息管理员按使用说明设置 password_encryption_type=1 "
        "并重设密码，或安装厂商驱动（GOVLEDGER_DB_DRIVER）。",
        "The ledger server {server} asks for a sign-in method this PC's database driver "
        "cannot do: {detail}. openGauss/GaussDB and HighGo keep passwords as SHA256/SM3: ask "
        "your IT administrator to set password_encryption_type=1 and reset the password, or "
        "to install the vendor's driver (GOVLEDGER_DB_DRIVER), as the README says.",
    ),
    "server.no_database": (
        "台账服务器 {server} 上没有这个数据库：{detail}。",
        "The ledger server {server} has no such database: {detail}.",
    ),
    "server.busy": (
        "其他同事正在保存台账（{server}），请稍后再试。台账未作改动。",
        "A colleague is saving the ledger ({server}); please try again in a moment. "
        "Nothing was changed.",
    ),
    "server.refused": (
        "您的账号无权进行此操作（{server}）：{detail}。台账未作改动。",
        "Your account may not do this ({server}): {detail}. Nothing was changed.",
    ),
    "server.not_your_unit": (
        "您只能填写{units}牵头或配合的要求；“{requirement}”不是，未作改动。",
        "You may only fill in requirements that {units} lead or cooperate on; "
        "'{requirement}' is not one of them. Nothing was changed.",
    ),
    "server.admin_only": (
        "经办人只能修改要求的状态、进度和备注；其他内容请由台账管理员修改。台账未作改动。",
        "A unit clerk may only change a requirement's status, progress and note; ask the "
        "ledger administrator for the rest. Nothing was changed.",
    ),
    "server.no_roles": (
        "服务器上还没有台账角色：请先由数据库所有者运行 govledger --db 地址 server roles。",
        "The server has no ledger roles yet: the database owner must first run "
        "govledger --db URL server roles.",
    ),
    "server.no_login": (
        "服务器上没有登录账号“{login}”：请由信息管理员创建，或加 --create 新建。",
        "The server has no login '{login}': ask IT to create it, or add --create.",
    ),
    "server.no_such_unit": (
        "单位名录中没有“{unit}”。",
        "The unit directory has no '{unit}'.",
    ),
    "server.clerk_needs_unit": (
        "请用 --unit 指明经办人所在的单位。",
        "Name the clerk's unit with --unit.",
    ),
    "server.roles_done": (
        "已设置台账角色与权限{created}。",
        "Ledger roles and rights are set{created}.",
    ),
    "server.roles_created": (
        "（新建角色：{roles}）",
        " (roles created: {roles})",
    ),
    "server.clerk_added": (
        "{login} 现为 {units} 的经办人。",
        "{login} is now the clerk of {units}.",
    ),
    "server.admin_added": (
        "{login} 现为台账管理员。",
        "{login} is now a ledger administrator.",
    ),
    "server.access_removed": (
        "{login} 已不再是台账管理员或经办人；其已打开的窗口会收到通知。",
        "{login} is no longer a ledger administrator or clerk; its open windows are told.",
    ),
    "server.role_admin": ("管理员", "administrator"),
    "server.role_clerk": ("经办人", "clerk"),
    "server.password_prompt": ("新账号“{login}”的密码：", "Password for the new login '{login}': "),
    "server.needs_server": (
        "server 命令只用于服务器台账：请用 --db postgresql://… 指明。",
        "The server commands are for a server ledger: give it with --db postgresql://….",
    ),
    "server.disk_full": (
        "台账服务器 {server} 的磁盘已满，操作未完成；台账保持原样。请联系信息管理员。",
        "The ledger server {server} is out of disk space, so this was not done; the ledger is "
        "as it was. Please tell your IT administrator.",
    ),
    "server.conflict": (
        "其他同事刚保存了同样的内容（{server}）：{detail}。请刷新后再试；台账未作改动。",
        "A colleague has just saved the same thing ({server}): {detail}. Refresh and try "
        "again; nothing was changed.",
    ),
    "server.failed": (
        "台账服务器 {server} 出错：{detail}。台账未作改动。",
        "The ledger server {server} reported an error: {detail}. Nothing was changed.",
    ),
    "server.foreign": (
        "服务器数据库 {server} 中已有其他程序的数据表，不是 govledger 台账；未作任何改动。"
        "请为台账新建一个空数据库。",
        "The server database {server} holds another program's tables, not a govledger "
        "ledger; nothing was changed. Create an empty database for the ledger.",
    ),
    "server.newer": (
        "服务器上的台账由较新版本的 govledger（{written_by}）升级过（数据版本 {found}，"
        "本程序支持到 {supported}）。请安装 govledger {written_by} 或更新的版本。",
        "The server ledger was upgraded by a newer govledger ({written_by}; data version "
        "{found}, this program supports up to {supported}). Please install govledger "
        "{written_by} or later.",
    ),
    "server.old_version": (
        "服务器上的台账数据版本较旧，需要由有管理权限的账号先以可写方式打开一次以完成升级。",
        "The server ledger has an older data version; an account with administrator rights "
        "must open it once for writing to upgrade it.",
    ),
    "server.job_running": (
        "{who} 正在{what}（台账 {server}），请等其完成后再试。",
        "{who} is {what} on the ledger {server}; please try again when they have finished.",
    ),
    "server.upgrade_while_open": (
        "服务器上的台账（{server}）需要由本版本升级，但 {who} 还开着它。旧版本在升级后会读错台账："
        "请他们先关闭 govledger（最好也换成本版本），再打开台账。台账未作改动。",
        "The server ledger ({server}) needs upgrading by this version, but {who} still "
        "has it open, and an older govledger would misread it once upgraded. Ask them to "
        "close govledger (and best to install this version too), then open the ledger "
        "again. Nothing was changed.",
    ),
    "job.import": ("导入方案", "importing a plan"),
    "job.rollover": ("结转上年未完成事项", "carrying last year's unfinished work over"),
    "job.move": ("把台账迁移到服务器", "moving a ledger onto the server"),
    "job.demo": ("生成示例台账", "building the demo ledger"),
    "job.package": ("合并单位数据包", "merging a unit package"),
    "job.upgrade": ("升级台账数据结构", "upgrading the ledger's data layout"),
    "job.other": ("对整本台账进行操作", "working on the whole ledger"),
    "job.who_at": ("{login}（{computer}）", "{login} ({computer})"),
    "job.someone": ("另一位同事", "A colleague"),
    "server.file_only": (
        "这是单位服务器上的共享台账：没有本机备份文件，备份与恢复由信息管理员在服务器上进行。",
        "This is a shared ledger on the office server: it has no backup files on this PC; "
        "backups and restores are done on the server by the IT administrator.",
    ),
    # --- moving a ledger file onto a server, checking a server (issue 24)
    "move.source_is_server": (
        "move-to 把台账文件搬到服务器上：--db 应为台账文件的路径，而不是服务器地址。",
        "move-to moves a ledger file onto a server: --db must be a ledger file's path, "
        "not a server address.",
    ),
    "move.not_a_server": (
        "搬迁的目标应为服务器台账地址（postgresql://…）。",
        "The target of a move must be a server ledger address (postgresql://…).",
    ),
    "move.not_empty": (
        "服务器台账 {server} 中已有记录（{what}）：只能搬到空的服务器台账。"
        "服务器和台账文件均未作任何改动。",
        "The server ledger {server} already holds records ({what}): a ledger can only be "
        "moved onto an empty server ledger. Neither the server nor the file was changed.",
    ),
    "move.unknown_tables": (
        "台账文件中有本版本不认识的数据表（{tables}），未搬迁。请先升级 govledger。",
        "The ledger file has tables this version does not know ({tables}); nothing was "
        "moved. Please upgrade govledger first.",
    ),
    "move.files_missing": (
        "台账文件有 {count} 个佐证文件缺失或已损坏（{names}），未搬迁；服务器未作改动。"
        "请先用 govledger check 查看并补齐。",
        "{count} evidence file(s) of the ledger file are missing or altered ({names}); "
        "nothing was moved and the server was not changed. Run govledger check first.",
    ),
    "move.verify_failed": (
        "已写入服务器台账 {server}，但核对不一致：{detail}。请勿使用该服务器台账，"
        "请联系信息管理员；台账文件未作改动。",
        "The ledger was written to the server {server}, but the check found differences: "
        "{detail}. Do not use that server ledger; ask your IT administrator. The ledger "
        "file was not changed.",
    ),
    "move.done": (
        "已将台账 {source} 搬到服务器台账 {server}，并核对无误："
        "{rows} 条记录，{files} 个文件（{size}）。台账文件保持原样，此后请在服务器台账上工作。",
        "Moved the ledger {source} onto the server ledger {server} and checked it: {rows} "
        "records, {files} file(s) ({size}). The ledger file is as it was; from now on work "
        "on the server ledger.",
    ),
    "move.table_count": ("  {table}：{count}", "  {table}: {count}"),
    "server.driver": ("数据库驱动：{driver}", "Database driver: {driver}"),
    "server.check_ok": ("✓ {step}", "✓ {step}"),
    "server.check_failed": ("✗ {step}：{reason}", "✗ {step}: {reason}"),
    "server.check_passed": (
        "全部 {count} 项通过：台账服务器 {server} 可以使用。",
        "All {count} steps passed: the ledger server {server} is ready for use.",
    ),
    "server.check_faults": (
        "{count} 项未通过（台账服务器 {server}）。",
        "{count} step(s) failed (ledger server {server}).",
    ),
    "server.check_needs_url": (
        "请给出要检查的服务器台账地址：govledger check --server postgresql://用户名@服务器/数据库名",
        "Give the server ledger to check: govledger check --server postgresql://user@server/db",
    ),
    "server.step.connect": ("连接服务器（{server}）", "Connect ({server})"),
    "server.step.schema": ("数据版本 {version}", "Data version {version}"),
    "server.step.write": (
        "写入：测试方案和一项要求（一个事务）",
        "Write: a test plan and a requirement (one transaction)",
    ),
    "server.step.read": ("另一连接读回", "Read back on a second connection"),
    "server.step.conflict": (
        "并发修改：过期的保存被拒绝",
        "Concurrent edits: a stale save is refused",
    ),
    "server.step.search": ("检索两字中文词“{word}”", "Search for the two-character word '{word}'"),
    "server.step.evidence": (
        "佐证文件上传、另一连接下载（{size} 字节）",
        "Evidence file upload, download on a second connection ({size} bytes)",
    ),
    "server.step.cleanup": (
        "删除测试记录（仅留操作日志）",
        "Remove the test records (only the audit log keeps them)",
    ),
    "server.reason.skipped": ("前一步未通过，未进行", "not run: an earlier step failed"),
    "server.reason.version": (
        "数据版本为 {found}，本程序为 {expected}",
        "data version {found}, this program's is {expected}",
    ),
    "server.reason.not_read": (
        "另一连接读不到刚写入的记录",
        "a second connection does not see the records",
    ),
    "server.reason.not_refused": (
        "过期的保存未被拒绝，同事的修改会被覆盖",
        "the stale save was not refused: a colleague's edit would be overwritten",
    ),
    "server.reason.not_found": ("未检索到测试要求", "the test requirement was not found"),
    "server.reason.file_differs": (
        "下载的文件与上传的不同（{verdict}）",
        "the downloaded file differs from the one uploaded ({verdict})",
    ),
    "server.reason.left_over": ("测试记录未能全部删除：{what}", "test records left behind: {what}"),
    # --- ledger edits
    "edit.no_such": ("找不到{what}（编号 {id}）。", "No such {what} (id {id})."),
    "edit.bad_status": ("无效的状态“{value}”。", "Invalid status '{value}'."),
    "edit.bad_progress": (
        "进度必须在 0 到 100 之间，而不是 {value}。",
        "Progress must be between 0 and 100, not {value}.",
    ),
    "edit.bad_field": ("不能修改字段“{field}”。", "Field '{field}' cannot be changed."),
    "edit.move_into_self": (
        "不能把任务移到它自己或它的下级之下。",
        "A task cannot be moved under itself or its own sub-tasks.",
    ),
    "edit.move_other_plan": (
        "不能把任务移到另一个方案中。",
        "A task cannot be moved into another plan.",
    ),
    "edit.empty_text": ("内容不能为空。", "The text cannot be empty."),
    # --- edits in the import preview (domain/draft_edits.py)
    "draft.excluded_by_hand": ("手动排除", "Excluded by hand"),
    "draft.needs_number": (
        "在预览中新增的要求，请填写序号",
        "Added in the preview: please fill in its number",
    ),
    "edit.unit_exists": (
        "单位“{name}”已存在，如需合并请使用“合并单位”。",
        "Unit '{name}' already exists; use Merge units to combine them.",
    ),
    "edit.stale": (
        "无法撤销/重做“{description}”：相关记录已被其他操作修改。",
        "Cannot undo/redo '{description}': the records have changed since.",
    ),
    "edit.stale_save": (
        "别人已修改了这条{what}，您的修改没有保存。请比较两个版本后决定保留哪一个。",
        "Someone else has changed this {what}; your change was not saved. "
        "Compare the two versions and choose which to keep.",
    ),
    "edit.read_only": (
        "台账以只读方式打开，不能修改。",
        "The ledger is open read-only; it cannot be changed.",
    ),
    "import.cancelled": (
        "已取消保存方案，台账未作改动。",
        "Saving the plan was cancelled; the ledger is unchanged.",
    ),
    "evidence.cancelled": ("已取消添加佐证材料。", "Adding the evidence was cancelled."),
    "evidence.unreadable": (
        "无法读取佐证文件 {path}：{detail}",
        "Cannot read evidence file {path}: {detail}",
    ),
    "evidence.not_stored": (
        "佐证文件“{name}”未能存入佐证材料库，未作记录。",
        "The evidence file '{name}' is not in the evidence store; nothing was recorded.",
    ),
    "evidence.upload_failed": (
        "佐证文件“{name}”未能上传到台账服务器，未作记录。{reason}",
        "The evidence file '{name}' could not be uploaded to the ledger server; nothing was "
        "recorded. {reason}",
    ),
    "evidence.download_failed": (
        "未能从台账服务器取回佐证文件“{name}”。{reason}",
        "The evidence file '{name}' could not be fetched from the ledger server. {reason}",
    ),
    "evidence.not_a_file": ("{path} 不是文件。", "{path} is not a file."),
    "evidence.progress_elsewhere": (
        "进展记录（编号 {id}）属于另一项任务，佐证材料只能挂在本任务的进展记录下。",
        "Progress entry {id} belongs to another task; evidence can only be attached to "
        "its own task's progress entries.",
    ),
    "evidence.bad_url": (
        "“{url}”不是有效的网址（应以 http:// 或 https:// 开头）。",
        "'{url}' is not a valid web address (it must start with http:// or https://).",
    ),
    # --- backups
    "backup.bad": (
        "备份文件 {path} 已损坏或不是台账备份，未作恢复。",
        "The backup {path} is damaged or not a ledger backup; nothing was restored.",
    ),
    "backup.none": ("没有可用的备份。", "There is no usable backup."),
    "backup.restored": (
        "已从备份 {path} 恢复（恢复前的台账已另行备份到 {before}）。",
        "Restored from {path} (the ledger as it was is backed up at {before}).",
    ),
    "backup.set_aside": (
        "已将损坏的台账移到 {path}，并从最近的完好备份 {backup} 恢复。",
        "The damaged ledger was moved to {path} and recovered from the latest good "
        "backup {backup}.",
    ),
    "backup.source_damaged": (
        "台账已损坏，无法备份（{detail}）；"
        "请用 govledger restore --latest 或“备份与恢复”从备份恢复。",
        "The ledger is damaged and cannot be backed up ({detail}); restore it with "
        "govledger restore --latest or Backups and restore.",
    ),
    "backup.rebuilt": (
        "已从备份 {backup} 重建台账 {path}。",
        "The ledger {path} was rebuilt from the backup {backup}.",
    ),
    "backup.disk_full": (
        "磁盘空间不足，未能写入备份 {path}；台账保持原样。",
        "The disk is full: the backup {path} was not written; the ledger is as it was.",
    ),
    "backup.in_future": ("（日期在未来）", "(dated in the future)"),
    "backup.only_future": (
        "注意：唯一完好的备份 {path} 的日期在未来（可能来自时钟不准的电脑），请确认后再使用。",
        "Note: the only good backup, {path}, is dated in the future (perhaps from a PC whose "
        "clock was wrong); check it before relying on it.",
    ),
    "backup.evidence_missing": (
        "注意：恢复后的台账引用的 {count} 个佐证文件不在本台账的 evidence 文件夹中"
        "（{names}）；请把备份原来所在文件夹的 evidence 文件夹复制过来。",
        "Note: {count} evidence file(s) the restored ledger refers to are not in this "
        "ledger's evidence folder ({names}); copy the evidence folder over from where the "
        "backup came from.",
    ),
    "restore.no_space": (
        "磁盘空间不足，无法恢复：需要约 {needed}，{folder} 所在磁盘只剩 {free}。台账未作改动。",
        "Not enough disk space to restore: about {needed} is needed, and the disk holding "
        "{folder} has {free} free. The ledger was not changed.",
    ),
    # --- check
    "check.integrity": (
        "数据库完整性检查失败：{detail}",
        "Database integrity check failed: {detail}",
    ),
    "check.foreign_key": (
        "数据库引用错误：表 {table} 第 {rowid} 行引用了不存在的 {parent} 记录。",
        "Broken reference: row {rowid} of {table} refers to a missing {parent} record.",
    ),
    "check.evidence_missing": (
        "佐证文件缺失：“{name}”（{sha}）",
        "Evidence file missing: '{name}' ({sha})",
    ),
    "check.evidence_altered": (
        "佐证文件已被改动：“{name}”（{sha}）",
        "Evidence file altered: '{name}' ({sha})",
    ),
    "check.evidence_unreadable": (
        "佐证文件无法读取：“{name}”（{sha}）",
        "Evidence file unreadable: '{name}' ({sha})",
    ),
    "check.evidence_progress_elsewhere": (
        "佐证材料“{name}”所属的进展记录（编号 {progress}）属于另一项任务。",
        "Evidence '{name}' is attached to progress entry {progress}, which belongs to "
        "another task.",
    ),
    "check.ok": (
        "台账完好：{plans} 个方案，{tasks} 项任务，{evidence} 份佐证材料均已核对。",
        "Ledger OK: {plans} plans, {tasks} tasks, {evidence} evidence records checked.",
    ),
    "check.faults": ("发现 {count} 个问题。", "{count} problem(s) found."),
    # --- CLI
    "cli.no_plan": (
        "台账中还没有工作方案。请先用 `govledger import 文件` 导入，"
        "或用 `govledger demo` 建立演示台账。",
        "The ledger has no plan yet. Import one with `govledger import FILE`, or run "
        "`govledger demo` for a demo ledger.",
    ),
    "cli.no_such_plan": ("找不到编号为 {id} 的方案。", "No plan with id {id}."),
    "cli.no_ledger": (
        "台账文件 {path} 不存在。此命令只读取台账，不会新建：请检查 --db 路径，"
        "或先用 `govledger import 文件` 导入方案、用 `govledger demo` 建立演示台账。",
        "There is no ledger at {path}. This command only reads a ledger and does not "
        "create one: check the --db path, or import a plan first with "
        "`govledger import FILE` (or run `govledger demo` for a demo ledger).",
    ),
    "cli.bad_year": (
        "年份 {year} 超出范围，应在 {first} 至 {last} 之间。",
        "Year {year} is out of range: it must be between {first} and {last}.",
    ),
    "cli.not_yet": (
        "“{command}”功能尚未提供（将在后续版本中加入）。",
        "'{command}' is not available yet (it arrives in a later version).",
    ),
    "cli.demo_done": (
        "已建立演示台账 {path}：方案“{title}”，{requirements} 项具体要求。",
        "Demo ledger built at {path}: plan '{title}' with {requirements} requirements.",
    ),
    "cli.backup_done": ("已备份到 {path}", "Backed up to {path}"),
    "cli.no_display": (
        "没有可用的图形显示，无法启动窗口。可使用命令行：govledger --help",
        "No graphical display is available, so the window cannot open. "
        "Use the command line instead: govledger --help",
    ),
    "cli.missing_x11": (
        "无法打开窗口：系统缺少 Qt 显示所需的库。请先安装：sudo apt-get install {packages}",
        "The window cannot open: the system lacks libraries Qt needs to show it. "
        "Install them first: sudo apt-get install {packages}",
    ),
    "cli.plans_header": ("编号  年度  要求数  标题", "ID    Year  Reqs    Title"),
    "cli.imported": (
        "已导入“{title}”（{year} 年）：{requirements} 项具体要求，方案编号 {id}。",
        "Imported '{title}' ({year}): {requirements} requirements, plan id {id}.",
    ),
    "cli.import_warnings": ("{count} 条提示：", "{count} warning(s):"),
    "cli.exported": ("已导出到 {path}", "Exported to {path}"),
    "cli.error": ("错误：{detail}", "Error: {detail}"),
    "cli.gui_server": (
        "screenshot 只适用于台账文件；服务器台账请用 govledger --db 服务器地址 打开窗口查看。",
        "screenshot works on a ledger file only; open a server ledger's window with "
        "govledger --db followed by the server address.",
    ),
    # --- the one-writer lock, for the writing commands (issue 18)
    "cli.ledger_locked": (
        "台账正被 {host} 上的 govledger 使用（用户 {user}，自 {since} 起），请关闭后再试。"
        "台账未作改动。",
        "The ledger is in use by govledger on {host} (user {user}, since {since}); "
        "close it there and try again. Nothing was changed.",
    ),
    "cli.lock_taken_over": (
        "注意：{host} 上的 govledger（进程 {pid}，自 {since} 起）已不在运行，"
        "未正常关闭台账；已接管它留下的锁。",
        "Note: govledger on {host} (process {pid}, since {since}) no longer runs and did not "
        "close the ledger properly; its lock was taken over.",
    ),
    "cli.lock_debris_removed": (
        "注意：台账旁的锁文件 {path} 无法读取，已清除。",
        "Note: the lock file {path} beside the ledger could not be read and was removed.",
    ),
    # --- evidence pack (佐证材料包)
    "export.evidence_done": (
        "已导出佐证材料包 {path}：{files} 个文件，{links} 个网页链接，索引见 佐证材料索引.xlsx。",
        "Evidence pack written to {path}: {files} files, {links} web links; "
        "see 佐证材料索引.xlsx for the index.",
    ),
    "export.evidence_missing": (
        "注意：{count} 份佐证文件缺失，已在索引中标注：{names}",
        "Note: {count} evidence file(s) are missing and marked so in the index: {names}",
    ),
    "export.evidence_altered": (
        "注意：{count} 份佐证文件与登记时不一致（已被改动），已在索引中标注：{names}",
        "Note: {count} evidence file(s) no longer match what was attached and are marked "
        "so in the index: {names}",
    ),
    "export.evidence_failed": (
        "无法写入佐证材料包 {path}：{detail}。未留下不完整的材料包。",
        "Cannot write the evidence pack {path}: {detail}. No partial pack was left behind.",
    ),
    "export.evidence_no_folder": (
        "无法写入佐证材料包 {path}：文件夹 {folder} 不存在。",
        "Cannot write the evidence pack {path}: the folder {folder} does not exist.",
    ),
    "export.evidence_not_a_pack": (
        "{path} 已存在，且不是佐证材料包；为免覆盖其中的文件，请另选一个位置。",
        "{path} already exists and is not an evidence pack; choose another place so "
        "its files are not overwritten.",
    ),
    "export.evidence_cancelled": (
        "已取消导出佐证材料包，未写入任何文件。",
        "The evidence pack export was cancelled; nothing was written.",
    ),
    "cli.package_needs_unit": (
        "导出数据包须用 --unit 指明科室。",
        "Exporting a package needs --unit NAME (the unit whose part to export).",
    ),
    "cli.package_exported": (
        "已导出“{unit}”的数据包 {path}：{requirements} 项具体要求，{records} 条记录，"
        "{files} 个佐证文件。",
        "Exported {unit}'s package to {path}: {requirements} requirements, {records} records, "
        "{files} evidence files.",
    ),
    "cli.package_imported": (
        "已合并“{unit}”的数据包：新增 {added}，更新 {updated}，逐项合并 {merged}，删除 {deleted}，"
        "冲突 {conflicts}（未变 {unchanged}，新佐证文件 {files}）。",
        "Merged {unit}'s package: added {added}, updated {updated}, merged field by field "
        "{merged}, deleted {deleted}, conflicts {conflicts} (unchanged {unchanged}, new "
        "evidence files {files}).",
    ),
    "cli.package_dry_run": (
        "试合并“{unit}”的数据包（未写入）：将新增 {added}，更新 {updated}，逐项合并 {merged}，"
        "删除 {deleted}，冲突 {conflicts}（未变 {unchanged}，新佐证文件 {files}）。",
        "Dry run of {unit}'s package (nothing written): would add {added}, update {updated}, "
        "merge field by field {merged}, delete {deleted}, conflicts {conflicts} (unchanged "
        "{unchanged}, new evidence files {files}).",
    ),
    "cli.package_conflicts": (
        "有 {count} 项合并冲突待处理：请在窗口中打开“合并冲突”逐项选择保留哪一方。",
        "{count} merge conflicts wait for a decision: open Merge conflicts in the window "
        "and choose which version to keep for each.",
    ),
    # --- importing a plan: one line naming the file and the problem
    "import.empty": ("{name}：文件是空的。", "{name}: the file is empty."),
    "import.unreadable": ("无法读取 {name}：{detail}", "Cannot read {name}: {detail}"),
    "import.old_binary": (
        "{name} 是旧版二进制格式（.doc/.xls/.wps/.et），无法直接导入；"
        "请用 Word、WPS 或 Excel 打开后另存为 .docx 或 .xlsx 再导入。",
        "{name} is in an old binary format (.doc/.xls/.wps/.et) that cannot be imported; "
        "open it in Word, WPS or Excel and save it as .docx or .xlsx first.",
    ),
    "import.encrypted": (
        "{name} 设有打开密码（文件已加密），无法读取；请取消密码后另存为 .docx 或 .xlsx 再导入。",
        "{name} is password-protected (encrypted) and cannot be read; remove the password "
        "and save it as .docx or .xlsx first.",
    ),
    "import.damaged": (
        "{name} 已损坏或不完整，无法读取（{detail}）。",
        "{name} is damaged or incomplete and cannot be read ({detail}).",
    ),
    "import.renamed": (
        "{name} 的内容不是 {expected} 文件（可能只是改了扩展名），无法导入。",
        "{name} does not contain a {expected} document (was it just renamed?), "
        "so it cannot be imported.",
    ),
    "import.not_office": (
        "{name} 是压缩包，但不是 Word（.docx）或 Excel（.xlsx）文档，无法导入。",
        "{name} is a zip archive but not a Word (.docx) or Excel (.xlsx) document.",
    ),
    "import.pdf_scanned": (
        "{name} 是扫描件（PDF 中只有图片，没有文字层），无法读取其中的表格；"
        "请向发文单位索取可复制文字的 PDF 或 Word 文件，或先用 OCR 软件识别成文字再导入。",
        "{name} is a scan (the PDF holds only images, no text layer), so its table cannot be "
        "read; ask the sender for a text PDF or the Word file, or run it through OCR first.",
    ),
    "import.pdf_encrypted": (
        "{name} 设有打开密码（PDF 已加密），无法读取；请向发文单位索取未加密的文件。",
        "{name} is password-protected (an encrypted PDF) and cannot be read; ask the sender "
        "for an unencrypted copy.",
    ),
    "import.no_converter": (
        "{name} 是旧版 {kind} 格式，本机没有可用于转换的 Word、WPS 或 LibreOffice；"
        "请在 Word 或 WPS 中另存为 {target} 后再导入（或安装 LibreOffice）。",
        "{name} is an old {kind} file and this computer has no Word, WPS or LibreOffice to "
        "convert it; save it as {target} in Word or WPS and import that (or install "
        "LibreOffice).",
    ),
    "import.convert_failed": (
        "{name} 无法转换为 {target}（{detail}）；请在 Word 或 WPS 中另存为 {target} 后再导入。",
        "{name} could not be converted to {target} ({detail}); save it as {target} in Word "
        "or WPS and import that.",
    ),
    "import.convert_timeout": (
        "{name} 转换为 {target} 超时（{seconds} 秒），已中止；"
        "请在 Word 或 WPS 中另存为 {target} 后再导入。",
        "Converting {name} to {target} took longer than {seconds} seconds and was stopped; "
        "save it as {target} in Word or WPS and import that.",
    ),
    "import.binary": (
        "{name} 既不是文本，也不是 Word 或 Excel 文档，无法导入。",
        "{name} is neither text nor a Word or Excel document, so it cannot be imported.",
    ),
    "export.cell_cut": (
        "……〔原文共 {length} 字，超过 Excel 单元格上限 {limit} 字，以下未写入；全文见 Word 台账〕",
        "… [the text has {length} characters, more than an Excel cell holds ({limit}); the rest "
        "is missing here — the Word ledger has it all]",
    ),
    "import.too_many_rows": (
        "{name} 的工作表“{sheet}”有 {rows} 行，超过一份方案可导入的上限 {limit} 行。"
        "请检查是否选错了文件，或把方案拆分后再导入；台账未作任何改动。",
        "Sheet '{sheet}' of {name} has {rows} rows, more than the {limit} a plan may have. "
        "Check that this is the plan, or split it and import the parts; the ledger is unchanged.",
    ),
    "import.too_large": (
        "{name} 解压后过大或压缩比异常（{detail}），为安全起见拒绝导入。",
        "{name} is refused for safety: it expands too much when unpacked ({detail}).",
    ),
    "import.unsafe_xml": (
        "{name} 含有不安全的 XML 声明（DOCTYPE/ENTITY，位于 {part}），为安全起见拒绝导入。",
        "{name} is refused for safety: it contains an XML DOCTYPE/ENTITY declaration (in {part}).",
    ),
    "import.no_plan": (
        "{name} 中未找到工作方案：没有可识别的任务表格，也没有带编号的工作要求。",
        "{name} holds no plan: no recognisable task table and no numbered requirements.",
    ),
    "import.html_unreadable": (
        "{name} 不是可读的网页（{detail}），请在浏览器中打开后另存为网页再导入。",
        "{name} is not a readable web page ({detail}); open it in a browser and save it "
        "as a web page again.",
    ),
    "import.failed": (
        "{name} 无法解析，文件可能已损坏（{detail}）。",
        "{name} could not be read; the file may be damaged ({detail}).",
    ),
    # --- import warnings shown in the preview
    "warn.no_units": ("{where}未识别到责任单位", "{where}: no responsible unit found"),
    "warn.deadline_unrecognised": (
        "{where}的时限“{text}”未能识别为日期",
        "{where}: the time limit '{text}' was not understood as a date",
    ),
    "warn.number_gap": (
        "{where}编号从 {previous} 跳到 {number}，可能漏了内容",
        "{where}: numbering jumps from {previous} to {number}; something may be missing",
    ),
    "warn.no_year": (
        "未能从文件中识别年度，已按 {year} 年处理，请核对",
        "No year found in the file; {year} was assumed, please check",
    ),
    "warn.control_chars": (
        "{where}含有不可见的控制字符，已删除",
        "{where}: invisible control characters were removed",
    ),
    "warn.long_text": (
        "{where}内容长达 {length} 字，请核对是否把多项内容放在了同一格",
        "{where}: the text is {length} characters long; check whether several items share one cell",
    ),
    "warn.unit_note": (
        "{where}责任单位中的“{note}”是说明，不是单位，已保留在责任单位原文中",
        "{where}: '{note}' in the units is a note, not a unit; it stays in the units as written",
    ),
    "warn.deadline_interim": (
        "{where}的时限含阶段节点“{interim}”，完成日期按最终时限 {due} 计",
        "{where}: the time limit has an interim step '{interim}'; due is the final limit {due}",
    ),
    "warn.organization_joint": (
        "文件由多个机关联合发文（{names}），已取第一个“{name}”，请核对",
        "The plan is issued jointly ({names}); the first, '{name}', was taken, please check",
    ),
    "warn.organization_inferred": (
        "文件中没有发文机关，已按标题推定为“{name}”，请核对",
        "The file names no issuing office; '{name}' was inferred from the title, please check",
    ),
    # --- plans as text (tables flattened by copying)
    "warn.text_shifted": (
        "{where}的“{text}”位于“{column}”列，像是错了列，请核对",
        "{where}: '{text}' sits in the '{column}' column and may belong to another; please check",
    ),
    "warn.text_extra_cells": (
        "{where}比表头多 {count} 格，多出的内容已并入具体要求，请核对",
        "{where}: {count} cell(s) more than the header names; joined to the duty's text, "
        "please check",
    ),
    "skip.text_before_table": (
        "表格之前的标题或说明（已用于方案信息）",
        "title or notice before the table (used for the plan's details)",
    ),
    "skip.text_after_table": ("表格之后的文字，不是工作任务", "text after the table, not a duty"),
    "skip.text_unplaced": (
        "无法判断属于哪一行哪一列，未导入",
        "could not tell which row and column it belongs to; not imported",
    ),
    # --- where something is, for warnings
    "where.table_row": ("表{table}第{row}行", "table {table}, row {row}"),
    "where.sheet_row": ("工作表“{sheet}”第{row}行", "sheet '{sheet}', row {row}"),
    "where.line": ("第{line}行", "line {line}"),
    "skip.outside_table": ("表格之后的文字，不是任务", "text after the plan table, not a task"),
    "where.page_row": ("第{page}页表格第{row}行", "page {page}, table row {row}"),
    "where.paragraph": ("第{index}段", "paragraph {index}"),
    "where.column": ("第{column}列", "column {column}"),
    "where.table": ("表{table}", "table {table}"),
    # --- what the importer did not take, and why (import structure: tables and prose)
    "skip.commentary_section": (
        "“{name}”部分是说明，不是工作任务",
        "the '{name}' section is commentary, not a duty",
    ),
    "skip.note_row": ("表格中的说明行，不是工作任务", "a note row in the table, not a duty"),
    "skip.attachment_list": ("附件清单，不是工作任务", "list of attachments, not a duty"),
    "skip.connecting_prose": (
        "说明性段落，不是工作任务",
        "connecting prose, not a duty",
    ),
    "skip.row_without_text": (
        "该行“{column}”列为空，未导入",
        "the '{column}' cell of this row is empty; not imported",
    ),
    "skip.unused_column": (
        "“{column}”列的内容未导入",
        "content of the '{column}' column was not imported",
    ),
    "skip.sign_off": (
        "落款、日期或印发说明，不是工作任务",
        "signature, date or publication note, not a duty",
    ),
    "skip.after_table": (
        "表格之后的段落，不是工作任务",
        "paragraph after the task table, not a duty",
    ),
    "warn.rows_without_text": (
        "{where}：{count} 行的“{column}”列为空，这些行未导入，请核对表格的列",
        "{where}: the '{column}' cell is empty in {count} rows, which were not imported; "
        "check the table's columns",
    ),
    "warn.units_in_deadline": (
        "{where}的时限栏“{text}”像是责任单位，请核对各栏是否错位",
        "{where}: the time limit '{text}' looks like units; please check the columns are not "
        "shifted",
    ),
    "warn.deadline_in_units": (
        "{where}的责任单位栏“{text}”像是时限，请核对各栏是否错位",
        "{where}: the units '{text}' look like a time limit; please check the columns are not "
        "shifted",
    ),
    "warn.merged_duty_deadline": (
        "{where}：任务跨行合并，这一行另有时限“{text}”，完成日期按第一行计，请核对",
        "{where}: the task spans rows and this row gives another time limit '{text}'; the due "
        "date follows the first row, please check",
    ),
    "warn.text_is_number": (
        "{where}：{count} 项具体要求只有编号没有内容，可能把序号列当成了具体要求列，请核对",
        "{where}: {count} requirements hold only a number; the serial column may have been "
        "read as the text column, please check",
    ),
    "warn.column_unused": (
        "“{column}”列的内容未导入（{count} 格），见未导入清单",
        "the '{column}' column ({count} cells) was not imported; see the list of skipped lines",
    ),
    "cli.skipped_line": ("未导入：{source}（{reason}）", "Not imported: {source} ({reason})"),
    # --- things named in messages
    "what.plan": ("方案", "plan"),
    "what.task": ("任务", "task"),
    "what.progress": ("进展记录", "progress entry"),
    "what.evidence": ("佐证材料", "evidence"),
    "what.unit": ("单位", "unit"),
    # --- 回头看 (year rollover)
    "rollover.description": (
        "回头看：结转 {carried} 项，不再结转 {closed} 项，不适用 {not_applicable} 项",
        "Review: {carried} carried over, {closed} closed, {not_applicable} not applicable",
    ),
    "rollover.same_plan": (
        "回头看的原方案和新方案不能是同一个方案。",
        "The review needs two different plans (last year's and this year's).",
    ),
    "rollover.not_in_plan": (
        "任务（编号 {id}）不是原方案中的具体要求。",
        "Task {id} is not a requirement of last year's plan.",
    ),
    "rollover.reason_required": (
        "“{text}”：不再结转或不适用时须填写原因。",
        "'{text}': closing it or marking it not applicable needs a reason.",
    ),
    "rollover.already_reviewed": (
        "“{text}”已在本次回头看中处理过，不能重复处理。",
        "'{text}' has already been reviewed for the new plan.",
    ),
    "rollover.note_carried": (
        "【回头看】未完成，已结转至《{title}》继续落实。",
        "[Review] Not finished; carried over into '{title}'.",
    ),
    "rollover.note_joined": (
        "【回头看】未完成，已并入《{title}》第{number}项继续落实。",
        "[Review] Not finished; continued in item {number} of '{title}'.",
    ),
    "rollover.note_update_limit": (
        "【回头看】时间节点“{limit}”写明{year}年，结转后请按本年度安排重新确定。",
        "[Review] The time limit '{limit}' names {year}: set it anew for this year.",
    ),
    "rollover.counterpart_not_in_plan": (
        "任务（编号 {id}）不是新方案中的具体要求，不能承接上年度事项。",
        "Task {id} is not a requirement of this year's plan.",
    ),
    "rollover.counterpart_taken": (
        "“{text}”已承接上年度的另一项工作，不能再并入。",
        "'{text}' already continues another of last year's requirements.",
    ),
    "rollover.note_closed": (
        "【回头看】不再结转。原因：{reason}",
        "[Review] Not carried over. Reason: {reason}",
    ),
    # --- unit packages (.govpkg) and merging them
    "sync.bad_package": (
        "无法导入数据包 {path}：{detail}台账未作任何改动。",
        "Cannot import the package {path}: {detail} The ledger was left unchanged.",
    ),
    "sync.why_missing_file": ("文件不存在。", "the file does not exist."),
    "sync.why_not_zip": (
        "文件已损坏或不完整（{detail}）。",
        "the file is damaged or incomplete ({detail}).",
    ),
    "sync.why_not_package": ("这不是 govledger 数据包。", "it is not a govledger package."),
    "sync.why_newer": (
        "数据包由较新版本的 govledger 生成（格式版本 {found}，本程序支持到 {supported}），请升级。",
        "it was written by a newer govledger (format {found}, this program reads up to "
        "{supported}); please upgrade.",
    ),
    "sync.why_members": ("数据包内容重复或过多。", "it holds duplicate or too many members."),
    "sync.why_too_large": (
        "数据包解压后过大，可能是恶意文件。",
        "it would unpack to an unreasonable size (a zip bomb?).",
    ),
    "sync.why_missing_member": (
        "缺少 {member}，数据包不完整。",
        "{member} is missing; the package is incomplete.",
    ),
    "sync.why_unlisted_member": (
        "含有清单中没有的 {member}，数据包已被改动。",
        "it holds {member}, which its manifest does not list; it has been altered.",
    ),
    "sync.why_altered_member": (
        "{member} 的校验值与清单不符，数据包已被改动或损坏。",
        "{member} does not match its checksum; the package was altered or damaged.",
    ),
    "sync.why_malformed": ("内容格式错误（{detail}）。", "its content is malformed ({detail})."),
    "sync.why_own_package": (
        "这是本台账自己导出的数据包。",
        "this ledger exported it itself.",
    ),
    "sync.many_deletions": (
        "该数据包将删除 {count} 条记录（本台账中“{unit}”共 {total} 条）。"
        "请确认无误后再导入（命令行：加 --yes 重新运行）。",
        "The package would delete {count} records ({unit} has {total} in this ledger). "
        "Confirm before importing (command line: run again with --yes).",
    ),
    "sync.whole_record_only": (
        "一方已删除该记录，只能整体保留本台账或数据包的版本。",
        "The record was deleted on one side: keep this ledger's or the package's version whole.",
    ),
    "sync.collective_unit": (
        "“{unit}”代表一类单位，不是一个单位：请为其中的具体单位分别导出。",
        "'{unit}' stands for a kind of unit, not one unit: export for each of its units.",
    ),
    "sync.unit_has_nothing": (
        "《{title}》中没有“{unit}”牵头或配合的工作要求。",
        "No requirement of '{title}' names '{unit}' as lead or cooperating unit.",
    ),
    "sync.evidence_unusable": (
        "佐证材料“{name}”的文件有问题（{fault}），请先运行 check 检查。",
        "The evidence file '{name}' is {fault}; run check first.",
    ),
    "sync.cannot_write": (
        "无法写入数据包 {path}：{detail}",
        "Cannot write the package {path}: {detail}",
    ),
    "sync.parent_missing": (
        "“{text}”所属的上级记录已不在本台账中。",
        "The record '{text}' belongs to has been removed from this ledger.",
    ),
    "sync.description": ("合并{unit}的数据包 {name}", "Merge {unit}'s package {name}"),
    "sync.resolve_description": ("处理 {count} 项合并冲突", "Resolve {count} merge conflicts"),
    "what.conflict": ("合并冲突", "merge conflict"),
    "rollover.note_not_applicable": (
        "【回头看】确认不适用。原因：{reason}",
        "[Review] Marked not applicable. Reason: {reason}",
    ),
    # --- deadline calendar: occurrences, events, reminders, .ics
    "what.event": ("触发事件", "triggering event"),
    "what.occurrence": ("时限", "deadline"),
    "occ.yearly": ("{year}年度", "{year}"),
    "occ.quarterly": ("{year}年第{quarter}季度", "{year}, quarter {quarter}"),
    "occ.monthly": ("{year}年{month}月", "{year}-{month:02d}"),
    "occ.year_end": ("{year}年终检查", "{year} year-end check"),
    "occ.event": ("{date}起{rule}", "{rule} (event on {date})"),
    "occ.mark_done": ("标记完成：{label}", "Mark done: {label}"),
    "occ.unmark": ("取消完成：{label}", "Mark not done: {label}"),
    "occ.record_event": ("记录触发事件：{date}", "Record triggering event: {date}"),
    "occ.not_event_rule": (
        "该要求的时限不是“某事件后若干日内”的形式，不能记录触发事件。",
        "This requirement's deadline does not run from an event, so no event can be recorded.",
    ),
    "holiday.builtin_year": (
        "{year} 年的节假日安排已内置（国务院通知），不能修改。",
        "The {year} holiday schedule is built in (State Council notice) and cannot be changed.",
    ),
    "remind.no_unit": ("未指定单位", "No unit named"),
    "cli.export_failed": ("无法写入 {path}：{detail}", "Cannot write {path}: {detail}"),
    "export.bad_remind_days": (
        "提前提醒的天数应为 0 到 {most} 个工作日，而不是 {value}。",
        "The reminder must be 0 to {most} working days ahead, not {value}.",
    ),
    "export.remind_ics_only": (
        "--remind-days 只用于 export ics。",
        "--remind-days applies only to export ics.",
    ),
    "cli.ics_done": (
        "已导出 {count} 个日程到 {path}",
        "Exported {count} calendar events to {path}",
    ),
    # --- GUI screenshot (ui branch)
    "cli.bad_size": (
        "窗口尺寸“{size}”无效，应写作 宽x高，例如 1366x768。",
        "Invalid window size '{size}': write WIDTHxHEIGHT, e.g. 1366x768.",
    ),
    "cli.screenshot_done": ("已保存截图 {path}", "Screenshot saved to {path}"),
    "cli.screenshot_failed": ("截图保存失败：{detail}", "Could not save the screenshot: {detail}"),
    # --- exporters: errors
    "export.write_failed": ("无法写入 {path}：{detail}", "Cannot write {path}: {detail}"),
    "export.in_use": (
        "无法写入 {path}：文件可能正被其他程序（如 Word、Excel、WPS）打开，请关闭后重试。",
        "Cannot write {path}: the file may be open in another program (Word, Excel, WPS); "
        "close it and try again.",
    ),
    "export.no_folder": (
        "无法写入 {path}：文件夹 {folder} 不存在。",
        "Cannot write {path}: the folder {folder} does not exist.",
    ),
    "export.data_not_empty": (
        "无法导出到 {path}：该文件夹已存在且不是空的，请指定一个新文件夹。",
        "Cannot export to {path}: the folder exists and is not empty; name a new folder.",
    ),
    "export.data_not_a_folder": (
        "无法导出到 {path}：这是一个文件，请指定一个新文件夹。",
        "Cannot export to {path}: it is a file; name a new folder.",
    ),
    "export.data_done": (
        "已将 {tables} 个表（共 {rows} 行）和 {files} 个证据文件的清单导出到 {path}",
        "Exported {tables} tables ({rows} rows) and the list of {files} evidence files to {path}",
    ),
    "export.data_missing_files": (
        "有 {count} 个证据文件在 evidence 文件夹中找不到（已在清单中标明）。",
        "{count} evidence files are missing from the evidence folder (marked in the list).",
    ),
    "export.failed": ("导出 {path} 失败：{detail}", "Exporting {path} failed: {detail}"),
    "export.no_fonts": (
        "找不到可嵌入 PDF 的中文字体（TrueType）。请安装仿宋、宋体或黑体"
        "（Windows 自带 simfang.ttf / simsun.ttc / simhei.ttf），"
        "或把 .ttf/.ttc 字体放入 {folder}。",
        "No Chinese TrueType font that a PDF can embed was found. Install FangSong, SimSun or "
        "SimHei (simfang.ttf / simsun.ttc / simhei.ttf come with Windows), or put a .ttf/.ttc "
        "font into {folder}.",
    ),
    "export.no_such_unit": (
        "方案中没有任务由“{unit}”牵头或配合。",
        "No task of the plan names '{unit}' as lead or cooperating unit.",
    ),
    "export.filter_ledger_only": (
        "--unit 和 --overdue-only 只适用于 docx 和 xlsx 台账。",
        "--unit and --overdue-only apply only to the docx and xlsx ledgers.",
    ),
    # --- exported documents (exporters/labels.py: Chinese unless asked otherwise)
    "doc.col.seq": ("序号", "No."),
    "doc.col.task": ("工作任务", "Task"),
    "doc.col.requirement": ("具体要求", "Requirement"),
    "doc.col.units": ("责任单位", "Responsible units"),
    "doc.col.deadline": ("时间节点", "Deadline"),
    "doc.col.result": ("完成情况", "Progress"),
    "doc.col.evidence": ("佐证材料", "Evidence"),
    "doc.col.status": ("状态", "Status"),
    "doc.col.percent": ("进度", "% done"),
    "doc.col.due": ("截止日期", "Due date"),
    "doc.col.last_progress": ("最近进展日期", "Last progress"),
    "doc.col.warn_from": ("临近提醒起", "Due soon from"),
    "doc.col.days_overdue": ("逾期天数", "Days overdue"),
    "doc.col.days_left": ("剩余天数", "Days left"),
    "doc.status.not_started": ("未开始", "Not started"),
    "doc.status.in_progress": ("进行中", "In progress"),
    "doc.status.done": ("已完成", "Done"),
    "doc.status.overdue": ("逾期", "Overdue"),
    "doc.status.not_applicable": ("不适用", "Not applicable"),
    "doc.status_percent": ("{status}（{percent}%）", "{status} ({percent}%)"),
    "doc.date": ("{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}"),
    "doc.month": ("{m}月", "{y}-{m:02d}"),
    "doc.month_year": ("{y}年{m}月", "{y}-{m:02d}"),
    "doc.no_due": ("未定", "None"),
    "doc.due_by": ("{date}前", "by {date}"),
    "doc.units_lead_co": ("{lead}牵头，{co}配合", "{lead} (lead), {co} (cooperating)"),
    "doc.progress": ("{date}：{text}", "{date}: {text}"),
    "doc.progress_by": ("{date}（{unit}）：{text}", "{date} ({unit}): {text}"),
    "doc.ledger_title": ("{title}落实情况台账", "{title}: implementation ledger"),
    "doc.as_of": ("（截至{date}）", "(as of {date})"),
    "doc.as_of_org": ("（{organization}　截至{date}）", "({organization}, as of {date})"),
    "doc.filter_unit": ("责任单位：{unit}", "Unit: {unit}"),
    "doc.filter_overdue": ("仅列逾期事项", "Overdue items only"),
    "doc.filter_shown": ("按窗口筛选结果，共{count}项", "As filtered in the window: {count} items"),
    "doc.empty": ("无符合条件的事项。", "No matching items."),
    "doc.sheet_ledger": ("台账", "Ledger"),
    "doc.xlsx_footer": ("第 &P 页 共 &N 页", "Page &P of &N"),
    "doc.summary_title": ("政务公开工作落实情况汇总", "Implementation summary"),
    "doc.summary_date": ("{date}", "{date}"),
    "doc.overview": ("一、完成情况概览", "1. Overview"),
    "doc.overview_text": (
        "方案共有具体要求 {total} 项：已完成 {done} 项，进行中 {in_progress} 项，"
        "未开始 {not_started} 项，逾期 {overdue} 项，不适用 {not_applicable} 项；"
        "完成率 {rate}%（不计不适用事项）。",
        "The plan has {total} requirements: {done} done, {in_progress} in progress, "
        "{not_started} not started, {overdue} overdue, {not_applicable} not applicable; "
        "{rate}% complete (not counting those not applicable).",
    ),
    "doc.chart_status": ("按状态", "By status"),
    "doc.chart_units": ("按牵头单位（已完成/总数）", "By lead unit (done / total)"),
    "doc.chart_months": ("按截止月份", "By month due"),
    "doc.chart_total": ("总数", "Total"),
    "doc.chart_other_units": ("其他{count}个单位", "{count} other units"),
    "doc.overdue_list": ("二、逾期事项（{count} 项）", "2. Overdue ({count})"),
    "doc.due_soon_list": (
        "三、{days} 日内到期事项（{count} 项）",
        "3. Due within {days} days ({count})",
    ),
    "doc.full_ledger": ("四、台账明细", "4. Full ledger"),
    "doc.none": ("无。", "None."),
    "doc.continued": ("（续）", "(cont.)"),
    "doc.report_title": (
        "{year}年政务公开工作要点落实情况",
        "Implementation of the {year} government-affairs openness work points",
    ),
    "doc.report_draft_note": (
        "（初稿，由台账自动生成，请核改后使用）",
        "(Draft generated from the ledger; review before use.)",
    ),
    "doc.report_intro": (
        "{year}年，{organization}认真贯彻落实《{plan}》，将各项工作任务分解到责任单位，"
        "建立工作台账逐项跟踪推进。方案共明确具体工作任务{total}项，截至{date}，"
        "{counts}，完成率{rate}%{overdue}。具体落实情况如下：",
        "In {year}, {organization} carried out the plan '{plan}', assigning every task to "
        "responsible units and tracking each in a ledger. The plan sets {total} "
        "requirements; by {date}, {counts} ({rate}% of the applicable ones complete)"
        "{overdue}:",
    ),
    "doc.report_count_done": ("已完成{count}项", "{count} done"),
    "doc.report_count_in_progress": ("正在推进{count}项", "{count} under way"),
    "doc.report_count_not_started": ("尚未开始{count}项", "{count} not started"),
    "doc.report_count_not_applicable": ("{count}项不适用", "{count} not applicable"),
    "doc.report_count_separator": ("，", ", "),
    "doc.report_count_overdue": (
        "；未完成的任务中有{count}项已超过完成时限",
        "; {count} of the unfinished are past their deadline",
    ),
    "doc.report_section_not_applicable": (
        "本部分{count}项不适用。",
        "The {count} tasks of this part do not apply.",
    ),
    "doc.report_section_and_not_applicable": (
        "，{count}项不适用。",
        "; {count} do not apply.",
    ),
    "doc.report_rest_done": (
        "其余各项任务均已完成。",
        "Every other task of this part is done.",
    ),
    "doc.report_section_done": (
        "本部分共{total}项任务，已完成{done}项。",
        "This part has {total} tasks; {done} are done.",
    ),
    "doc.report_about": ("在“{topic}”方面，", "On '{topic}': "),
    "doc.report_no_progress_done": ("已按要求完成。", "done as required."),
    "doc.report_unfinished": ("尚未完成的工作：", "Not yet done: "),
    "doc.report_unfinished_item": ("“{topic}”{status}", "'{topic}' ({status})"),
    "doc.report_reason": ("，{reason}", ": {reason}"),
    "doc.report_fill_reason": (
        "〔请补充未完成原因及下一步措施〕",
        "[add the reason and the next steps]",
    ),
    "doc.report_all_done": ("本部分各项任务均已完成。", "Every task of this part is done."),
    # --- the yearly report and the 依申请公开 register (issue 12)
    "what.application": ("依申请公开申请", "information request"),
    "what.application_document": ("申请材料", "request document"),
    "what.report_figure": ("年度报告数据", "report figure"),
    "what.report_adjustment": ("年度报告手工调整", "report adjustment"),
    "what.report_text": ("年度报告正文", "report text"),
    "application.bad_date": ("日期“{value}”无效。", "Invalid date '{value}'."),
    "application.bad_code": (
        "“{field}”的取值“{value}”无效。",
        "Invalid value '{value}' for '{field}'.",
    ),
    "application.bad_number": (
        "“{field}”必须是非负整数，而不是 {value}。",
        "'{field}' must be a whole number of at least 0, not {value}.",
    ),
    "application.step_order": (
        "“{step}”的日期早于收到申请或上一环节的日期。",
        "The date of '{step}' is before the receipt or the step before it.",
    ),
    "application.before_receipt": (
        "日期 {date} 早于收到申请的日期。",
        "The date {date} is before the request was received.",
    ),
    "application.reply_needs_outcome": (
        "答复前请先选择办理结果（年度报告表三的类别）。",
        "Choose the outcome (a category of the report's table 3) before the reply.",
    ),
    "application.bad_extension": (
        "延长答复期限须为 1 至 {most} 个工作日，而不是 {value}。",
        "The extension must be 1 to {most} working days, not {value}.",
    ),
    "application.all_steps_done": (
        "该申请已办理完毕（已归档）。",
        "This request has been through every step (archived).",
    ),
    "check.application_document_missing": (
        "依申请公开材料缺失：申请 {number} 的“{name}”（{sha}）",
        "Request document missing: '{name}' of request {number} ({sha})",
    ),
    "check.application_document_altered": (
        "依申请公开材料已被改动：申请 {number} 的“{name}”（{sha}）",
        "Request document altered: '{name}' of request {number} ({sha})",
    ),
    "check.application_document_unreadable": (
        "依申请公开材料无法读取：申请 {number} 的“{name}”（{sha}）",
        "Request document unreadable: '{name}' of request {number} ({sha})",
    ),
    "report.bad_figure": ("“{value}”不是有效的数字。", "'{value}' is not a valid number."),
    "report.whole_number": (
        "此处应填整数（件数），而不是“{value}”。",
        "A whole number (a count) is needed here, not '{value}'.",
    ),
    "report.no_such_cell": (
        "年度报告{table}中没有“{row}”行“{column}”列。",
        "The report's {table} has no cell at row '{row}', column '{column}'.",
    ),
    "report.no_such_part": ("年度报告没有“{part}”部分。", "The report has no part '{part}'."),
    "report.table2": ("表二", "table 2"),
    "report.table3": ("表三", "table 3"),
    "report.table4": ("表四", "table 4"),
    "report.cell": ("{table}“{row}”行“{column}”列", "{table}, row '{row}', column '{column}'"),
    "report.check.row_total": (
        "{cell}：总计应等于自然人与法人或其他组织各列之和 {expected}，现为 {actual}。",
        "{cell}: the total must equal the sum of the applicant columns, {expected}; "
        "it is {actual}.",
    ),
    "report.check.results_total": (
        "{cell}：（七）总计应等于（一）至（六）各项之和 {expected}，现为 {actual}。",
        "{cell}: (7) total must equal the sum of rows (1)–(6), {expected}; it is {actual}.",
    ),
    "report.check.balance": (
        "{cell}：本列第一项加第二项之和（{expected}）应等于第三项加第四项之和（{actual}）。",
        "{cell}: rows 1 + 2 of this column ({expected}) must equal rows 3 + 4 ({actual}).",
    ),
    "report.check.review_total": (
        "{cell}：总计应等于结果维持、结果纠正、其他结果、尚未审结之和 {expected}，现为 {actual}。",
        "{cell}: the total must equal upheld + corrected + other + pending, {expected}; "
        "it is {actual}.",
    ),
    "cli.report_exported": (
        "已将{year}年政府信息公开工作年度报告导出到 {path}",
        "Wrote the {year} government information disclosure report to {path}",
    ),
    "cli.report_checks": (
        "注意：表格有 {count} 处勾稽关系不符，请核对：",
        "Note: {count} cross-check(s) of the tables fail; please check:",
    ),
    "cli.report_placeholders": (
        "注意：正文仍有〔…〕标出的内容待补充（已在文档中以黄色标出）：{names}",
        "Note: the text still holds [...] parts to fill in (highlighted in the document): {names}",
    ),
    "export.compare_extension": (
        "年度对比表可导出为 .docx 或 .xlsx，不能导出为“{suffix}”。",
        "The comparison is written as .docx or .xlsx, not '{suffix}'.",
    ),
    "export.report_extension": (
        "年度报告可导出为 .docx（报告全文）或 .xlsx（统计表），不能导出为“{suffix}”。",
        "The yearly report is written as .docx (the whole report) or .xlsx (its "
        "statistics), not '{suffix}'.",
    ),
    "doc.annual.fill_problems": (
        "〔请填写本年度政府信息公开工作存在的主要问题，以及上年度问题的改进情况〕",
        "[describe this year's main problems and how last year's were improved]",
    ),
    "doc.annual.fill_overview": (
        "〔请填写本年度政府信息公开工作总体情况〕",
        "[describe the year's disclosure work]",
    ),
    "doc.annual.fill_work_points": (
        "〔台账中没有本年度的工作要点分工方案，请填写本机关落实上级年度政务公开工作要点情况〕",
        "[the ledger holds no plan for this year: describe how the work points were carried out]",
    ),
    "doc.annual.fill_section": (
        "〔请补充本部分工作开展情况〕",
        "[describe the work done in this part]",
    ),
    "doc.annual.other_work": ("其他工作", "Other work"),
    "doc.annual.applications_heading": ("依申请公开", "Disclosure on request"),
    "doc.annual.applications_text": (
        "{year}年，本机关新收政府信息公开申请{new}件，上年结转{carried}件；"
        "本年度办结{done}件，结转下年度继续办理{open}件。",
        "In {year} we received {new} requests for government information and carried "
        "{carried} over from last year; {done} were answered and {open} carry over.",
    ),
    "report.check.negative": (
        "{cell}：数字不能为负（现为 {actual}）。",
        "{cell}: a figure cannot be negative (it is {actual}).",
    ),
    # --- a shared ledger on a PostgreSQL(-compatible) server (server_address, server_credentials)
    "server.bad_scheme": (
        "“{url}”不是服务器台账地址：地址应以 postgresql:// 开头，"
        "如 postgresql://用户名@服务器:5432/数据库名。",
        "'{url}' is not a server ledger address: it should start with postgresql://, "
        "e.g. postgresql://user@server:5432/database.",
    ),
    "server.malformed": (
        "无法识别服务器台账地址“{url}”，请检查后重新输入或粘贴。",
        "The server ledger address '{url}' cannot be read; check it and type or paste it again.",
    ),
    "server.missing_host": (
        "请填写服务器地址（服务器名或 IP 地址）。",
        "Please fill in the server address (a server name or IP address).",
    ),
    "server.bad_host": (
        "服务器地址“{host}”无效：只填服务器名或 IP 地址；IPv6 地址须写在方括号中，如 [fe80::1]。",
        "The server address '{host}' is not valid: give only a server name or IP address; "
        "an IPv6 address goes in brackets, e.g. [fe80::1].",
    ),
    "server.bad_port": (
        "端口“{port}”无效：应为 1 到 65535 之间的数字（PostgreSQL 默认为 5432）。",
        "The port '{port}' is not valid: it must be a number from 1 to 65535 "
        "(PostgreSQL's default is 5432).",
    ),
    "server.missing_database": (
        "请填写数据库名（向信息中心或系统管理员询问台账所在的数据库）。",
        "Please fill in the database name (ask your IT administrator which database "
        "holds the ledger).",
    ),
    "server.missing_user": (
        "请填写连接数据库的用户名。",
        "Please fill in the user name for the database.",
    ),
    "server.bad_sslmode": (
        "不支持的加密方式“{mode}”：可用 disable（不加密）、prefer（尽量加密）、"
        "require（必须加密）或 verify-full（验证服务器证书）。",
        "Unsupported encryption mode '{mode}': use disable, prefer, require or verify-full.",
    ),
    "credentials.unavailable": (
        "本机没有可用的凭据管理器，密码不会被记住：每次连接时请重新输入密码。",
        "No credential store is available on this computer, so the password is not "
        "remembered: type it each time you connect.",
    ),
    "credentials.failed": (
        "凭据管理器未能保存或读取密码（{detail}）：密码不会被记住，每次连接时请重新输入。",
        "The credential store could not keep or read the password ({detail}): it is not "
        "remembered; type it each time you connect.",
    ),
    # --- the operating system's reasons, inside the messages above (os_error_text)
    "os.not_found": ("文件或文件夹不存在", "No such file or folder"),
    "os.permission": ("没有权限访问该文件或文件夹", "Permission denied"),
    "os.disk_full": ("磁盘空间已满", "The disk is full"),
    "os.in_use": (
        "文件正被其他程序（如 Word、Excel）使用，请关闭后重试",
        "The file is in use by another program (such as Word or Excel); close it and retry",
    ),
    "os.read_only": ("所在磁盘或文件夹是只读的", "The disk or folder is read-only"),
    "os.exists": ("文件已存在", "The file already exists"),
    "os.is_folder": ("这是一个文件夹，不是文件", "It is a folder, not a file"),
    "os.name_too_long": ("文件名或路径太长", "The file name or path is too long"),
}

# Which reason an OSError gives. Windows first: it reports a file Word holds open
# (ERROR_SHARING_VIOLATION) with errno EACCES, which would read as "permission denied".
_WINERROR_KEYS = {
    2: "os.not_found",  # ERROR_FILE_NOT_FOUND
    3: "os.not_found",  # ERROR_PATH_NOT_FOUND
    5: "os.permission",  # ERROR_ACCESS_DENIED
    19: "os.read_only",  # ERROR_WRITE_PROTECT
    32: "os.in_use",  # ERROR_SHARING_VIOLATION
    33: "os.in_use",  # ERROR_LOCK_VIOLATION
    39: "os.disk_full",  # ERROR_HANDLE_DISK_FULL
    80: "os.exists",  # ERROR_FILE_EXISTS
    112: "os.disk_full",  # ERROR_DISK_FULL
    206: "os.name_too_long",  # ERROR_FILENAME_EXCED_RANGE
}
_ERRNO_KEYS = {
    errno.ENOENT: "os.not_found",
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.ENOSPC: "os.disk_full",
    getattr(errno, "EDQUOT", -1): "os.disk_full",
    errno.EBUSY: "os.in_use",
    getattr(errno, "ETXTBSY", -1): "os.in_use",
    errno.EROFS: "os.read_only",
    errno.EEXIST: "os.exists",
    errno.EISDIR: "os.is_folder",
    errno.ENAMETOOLONG: "os.name_too_long",
}


LANGUAGE_SETTINGS = {"zh_CN": "zh", "en": "en"}  # the GUI's saved setting -> language


def choose_language(setting: str = "system") -> str:
    """'zh' or 'en': the one rule for the CLI and the GUI.

    GOVLEDGER_LANG wins (tests, scripts, a clerk's shortcut); then the language
    saved in the settings ('zh_CN' / 'en'; 'system' leaves it to the system); then
    the system's language: English only when the system speaks English.
    """
    chosen = os.environ.get("GOVLEDGER_LANG", "").lower()
    if chosen.startswith(("zh", "en")):
        return chosen[:2]
    if setting in LANGUAGE_SETTINGS:
        return LANGUAGE_SETTINGS[setting]
    return "en" if _system_language().startswith("en") else "zh"


def _system_language() -> str:
    """The system's language as a lower-case locale name ('zh_cn', 'en_us', 'c.utf-8')."""
    if sys.platform == "win32":
        # The display language, as Qt reads it (the C runtime's locale may differ).
        import ctypes

        primary = ctypes.windll.kernel32.GetUserDefaultUILanguage() & 0x3FF
        return {0x04: "zh", 0x09: "en"}.get(primary, "")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):  # POSIX order, as Qt reads them
        value = os.environ.get(name)
        if value:
            return value.lower()
    import locale  # only without those variables: start-up time

    try:
        return (locale.getlocale()[0] or "").lower()
    except ValueError:
        return ""


def language() -> str:
    """'zh' or 'en' for this process (the CLI and the GUI set GOVLEDGER_LANG at start)."""
    return choose_language()


def message(key: str, /, **kwargs: object) -> str:
    """The text for key in the current language, with {placeholders} filled in."""
    return message_in(language(), key, **kwargs)


def message_in(lang: str, key: str, /, **kwargs: object) -> str:
    """The text for key in a given language ("zh" / "en"), whatever the locale.

    Exported documents use it: a 台账 is written in Chinese even on an English system.
    """
    zh, en = _MESSAGES[key]
    return (zh if lang == "zh" else en).format(**kwargs)


def os_error_text(exc: OSError) -> str:
    """Why the system refused, in the current language, for a message's {detail}.

    The system's own text (exc.strerror) is in the system's language, usually
    English: inside a Chinese message the common reasons are said in Chinese.
    """
    if language() == "zh":
        key = _WINERROR_KEYS.get(getattr(exc, "winerror", None) or 0)
        key = key or _ERRNO_KEYS.get(exc.errno or 0)
        if key is not None:
            return message_in("zh", key)
    return exc.strerror or str(exc)


def has_message(key: str) -> bool:
    return key in _MESSAGES


class GovLedgerError(Exception):
    """An error the clerk must read: its text comes from the message table."""

    def __init__(self, key: str, /, **kwargs: object) -> None:
        self.key = key
        self.kwargs = kwargs
        super().__init__(message(key, **kwargs))


class Cancelled(GovLedgerError):
    """The clerk cancelled a long operation; whatever it was writing was removed."""
