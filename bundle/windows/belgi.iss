; Inno Setup 6 script of the Belgi installer; bundle\windows\build.ps1 compiles it after the build:
;     iscc /DAppVersion=0.1.0 bundle\windows\belgi.iss   ->  dist\Belgi-0.1.0-setup.exe
;
; The installer copies the folder application dist\belgi\ and adds a Start-menu entry. The register,
; the signing keys' files and the preferences live in the user data folder (%LOCALAPPDATA%\Belgi),
; which this installer never writes or removes: an upgrade keeps them, and so does an uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The same AppId in every version, so a new version installs over the old one (an upgrade).
AppId={{B324452C-3A9D-4CFF-968F-F1E6225F7FA2}
AppName=Belgi
AppVersion={#AppVersion}
AppVerName=Belgi {#AppVersion}
AppPublisher=OVOP regional brand committee
DefaultDirName={autopf}\Belgi
DefaultGroupName=Belgi
DisableProgramGroupPage=yes
; An office PC without an administrator can install for the current user only.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Belgi-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
UninstallDisplayIcon={app}\Belgi.exe
CloseApplications=yes
WizardStyle=modern

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files only (never the user data folder), so no stale library stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\belgi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Belgi"; Filename: "{app}\Belgi.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,Belgi}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Belgi"; Filename: "{app}\Belgi.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\Belgi.exe"; Description: "{cm:LaunchProgram,Belgi}"; Flags: nowait postinstall skipifsilent
