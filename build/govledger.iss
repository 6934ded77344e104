; govledger 政务公开工作要点台账 — Inno Setup 6 script for the per-user installer.
;
; Compiled by build\build_windows.ps1, which passes the defines:
;   ISCC.exe /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DDistDir=...\dist\govledger
;            [/DChineseIsl=...\ChineseSimplified.isl] /O...\dist build\govledger.iss
;
; Design:
; - Per user, no administrator rights (office PCs rarely grant them): the program
;   goes to %LOCALAPPDATA%\Programs\govledger, shortcuts to the user's Start menu
;   and desktop.
; - The ledger data lives elsewhere, in %LOCALAPPDATA%\govledger (the platformdirs
;   user data folder, govledger/paths.py). Uninstalling never deletes it: there is
;   no [UninstallDelete] entry for it and its [Dirs] entry is never uninstalled.
;   Upgrading installs over the old version with the same AppId and keeps it too.
; - Language: Simplified Chinese when ChineseSimplified.isl is passed (Inno Setup
;   6.3+ may not ship it among its official languages; the build script finds it in
;   ISCC's Languages folder or takes -ChineseIsl), otherwise English. Shortcut
;   names are Chinese either way.
; - No file association: a ledger is a folder (ledger.sqlite, evidence\, backups\),
;   not a document a clerk double-clicks, and the Start-menu shortcut opens the
;   default ledger; a .govledger association would add registry entries for nothing.
; Saved as UTF-8 with BOM so Inno Setup releases before 6.3 also read the Chinese.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible, UTF-8 script)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build\build_windows.ps1 does)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\govledger"
#endif
#define RepoDir AddBackslash(SourcePath) + ".."
#define AppName "政务公开工作要点台账"
#define ShortName "政务公开台账"
#define AppExe "govledger.exe"

#if !FileExists(DistDir + "\" + AppExe)
  #error No frozen build in DistDir: run PyInstaller first (build\build_windows.ps1 does)
#endif

[Setup]
; Fixed for ever: Windows recognises upgrades and the uninstaller by this id.
AppId={{8DAF1251-116D-4C2C-A14D-49E8D7073D02}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=govledger
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName=govledger {#AppName}
VersionInfoDescription={#AppName} 安装程序
PrivilegesRequired=lowest
DefaultDirName={userpf}\govledger
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
OutputBaseFilename=govledger-{#AppVersion}-setup
SetupIconFile={#RepoDir}\resources\app\govledger.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage
; Close a running govledger before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
#ifdef ChineseIsl
Name: "zh"; MessagesFile: "{#ChineseIsl}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.DataFolder=Ledger data folder
en.CommandLine=govledger command line
en.DataKept=The ledger data in %1 has been kept. Delete that folder yourself only if the ledger is no longer needed.
#ifdef ChineseIsl
zh.DataFolder=台账数据文件夹
zh.CommandLine=govledger 命令行
zh.DataKept=台账数据仍保存在 %1，未被删除。确定不再需要这些台账后，才可自行删除该文件夹。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program's own files wholesale, so no library or Qt plugin
; of the previous version lingers beside the new ones. User data is not in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The data folder is created for the shortcut below and never removed.
Name: "{localappdata}\govledger"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#ShortName}\{#ShortName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#ShortName}\{cm:DataFolder}"; Filename: "{localappdata}\govledger"
Name: "{autoprograms}\{#ShortName}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k govledger-cli.exe --help"; WorkingDir: "{app}"
Name: "{autoprograms}\{#ShortName}\{cm:UninstallProgram,{#ShortName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#ShortName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#ShortName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Say where the data stayed, so nobody thinks the ledger was lost. }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\govledger')]),
      mbInformation, MB_OK);
end;
