# Builds Belgi for Windows in one command, from a clone, on a PC with Python 3.11 or newer:
#
#     powershell -ExecutionPolicy Bypass -File bundle\windows\build.ps1
#
# Makes .venv (if missing), installs Belgi with the `bundle` extra (PyInstaller), builds the
# folder application dist\belgi\ (Belgi.exe, belgi-cli.exe, _internal\) with its size check, and,
# when Inno Setup 6 is installed, the installer dist\Belgi-<version>-setup.exe.
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

function Invoke-Checked {
    # Runs a program and stops the script when it fails (PowerShell does not, for programs).
    # A plain function, so that arguments such as -m reach the program instead of PowerShell.
    $program = $args[0]
    $rest = @($args | Select-Object -Skip 1)
    & $program @rest
    if ($LASTEXITCODE -ne 0) { throw "$program failed with exit code $LASTEXITCODE" }
}

$venv = Join-Path $root ".venv"
$python = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $python)) {
    if (Get-Command py -ErrorAction SilentlyContinue) { Invoke-Checked py -3 -m venv $venv }
    else { Invoke-Checked python -m venv $venv }
}
Invoke-Checked $python -m pip install --quiet --upgrade pip
Invoke-Checked $python -m pip install --quiet -e ".[bundle]"

# Translations, PyInstaller, the size limit: the same steps as `make bundle`.
Invoke-Checked $python bundle\build.py

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$iscc = Get-Command iscc -ErrorAction SilentlyContinue
if ($iscc) { $iscc = $iscc.Source }
else {
    $places = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    )
    $iscc = $places | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if ($iscc) {
    Invoke-Checked $iscc /Qp "/DAppVersion=$version" bundle\windows\belgi.iss
    Write-Host "installer: dist\Belgi-$version-setup.exe"
} else {
    Write-Host "dist\belgi is built; for the installer, install Inno Setup 6 (winget install JRSoftware.InnoSetup) and run this again."
}
