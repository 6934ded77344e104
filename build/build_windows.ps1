#Requires -Version 5.1
<#
.SYNOPSIS
    Build the govledger Windows installer: venv, pinned dependencies, PyInstaller,
    smoke test, Inno Setup.

.DESCRIPTION
    Needs Windows 10/11 x64, Python 3.11 x64 (python.org installer) and Inno Setup 6.3+.
    From the repository folder:

        powershell -ExecutionPolicy Bypass -File build\build_windows.ps1

    Produces dist\govledger\ (the program folder) and dist\govledger-<version>-setup.exe.
    Every step stops the build on failure. This file is plain ASCII on purpose:
    Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page.

.PARAMETER Python
    Python 3.11 x64 used to create the venv. Default: "py -3.11-64", else "python".
.PARAMETER Iscc
    Path of ISCC.exe. Default: the usual Inno Setup 6 folders, else ISCC.exe on PATH.
.PARAMETER ChineseIsl
    ChineseSimplified.isl for a Chinese installer. Default: Languages\ChineseSimplified.isl
    next to ISCC.exe if present; without it the installer is in English.
.PARAMETER Wheelhouse
    Folder of wheels to install from instead of PyPI (build machines without internet):
    fill it elsewhere with
    pip download -r build\requirements-windows.txt -d wheels --platform win_amd64 --python-version 3.11 --only-binary=:all:
.PARAMETER FontsDir
    Ship the .ttf/.ttc fonts of this folder in the program's fonts\ folder (for example a
    licensed FZXiaoBiaoSong for titles). Nothing is shipped by default: font licences.
.PARAMETER SkipInstaller
    Stop after dist\govledger\ (no Inno Setup needed).
#>
[CmdletBinding()]
param(
    [string]$Python = '',
    [string]$Iscc = '',
    [string]$ChineseIsl = '',
    [string]$Wheelhouse = '',
    [string]$FontsDir = '',
    [switch]$SkipInstaller
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$Repo = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$Venv = Join-Path $Repo 'build\venv-windows'
$Work = Join-Path $Repo 'build\work'
$Dist = Join-Path $Repo 'dist'
$Bundle = Join-Path $Dist 'govledger'

function Invoke-Native {
    # Run a program and stop the build if it fails: $ErrorActionPreference covers
    # cmdlets only, a native program's exit code has to be checked by hand.
    param([Parameter(Mandatory = $true)][string]$Program, [string[]]$Arguments = @())
    Write-Host ">> $Program $($Arguments -join ' ')" -ForegroundColor Cyan
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program failed with exit code $LASTEXITCODE"
    }
}

function Get-NativeOutput {
    # Run a program and return the last line it printed; stop the build if it fails.
    param([Parameter(Mandatory = $true)][string]$Program, [string[]]$Arguments = @())
    $output = & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program $($Arguments -join ' ') failed with exit code $LASTEXITCODE"
    }
    return ([string]($output | Select-Object -Last 1)).Trim()
}

function Find-Python {
    if ($Python) { return $Python }
    if (Get-Command py -ErrorAction SilentlyContinue) {
        return Get-NativeOutput 'py' @('-3.11-64', '-c', 'import sys; print(sys.executable)')
    }
    return 'python'
}

function Find-Iscc {
    if ($Iscc) {
        if (-not (Test-Path $Iscc)) { throw "ISCC.exe not found at $Iscc" }
        return $Iscc
    }
    $roots = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA 'Programs'))
    foreach ($root in $roots) {
        if (-not $root) { continue }
        $candidate = Join-Path $root 'Inno Setup 6\ISCC.exe'
        if (Test-Path $candidate) { return $candidate }
    }
    $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    throw 'Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php, pass -Iscc, or use -SkipInstaller'
}

Push-Location $Repo
try {
    # ---- 1. tools, checked before the long steps
    $PythonExe = Find-Python
    $found = Get-NativeOutput $PythonExe @('-c', 'import platform; print(platform.python_version(), platform.architecture()[0])')
    if ($found -notmatch '^3\.11\.\d+ 64bit$') {
        throw "Python 3.11 64-bit is needed; $PythonExe is '$found' (pass -Python)"
    }
    Write-Host "Python: $PythonExe ($found)"

    $IsccExe = ''
    $ChineseIslPath = ''
    if (-not $SkipInstaller) {
        $IsccExe = Find-Iscc
        if ($ChineseIsl) {
            if (-not (Test-Path $ChineseIsl)) { throw "ChineseSimplified.isl not found at $ChineseIsl" }
            $ChineseIslPath = (Resolve-Path $ChineseIsl).Path
        } else {
            $candidate = Join-Path (Split-Path -Parent $IsccExe) 'Languages\ChineseSimplified.isl'
            if (Test-Path $candidate) { $ChineseIslPath = $candidate }
        }
        Write-Host "Inno Setup: $IsccExe"
        if (-not $ChineseIslPath) {
            Write-Warning ('ChineseSimplified.isl not found: the installer will be in English. ' +
                'Get it from https://jrsoftware.org/files/istrans/ and pass -ChineseIsl.')
        }
    }

    # ---- 2. a fresh venv with the pinned versions
    if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
    Invoke-Native $PythonExe @('-m', 'venv', $Venv)
    $VenvPython = Join-Path $Venv 'Scripts\python.exe'
    $pipArgs = @('-m', 'pip', 'install', '--disable-pip-version-check',
        '-r', (Join-Path $Repo 'build\requirements-windows.txt'))
    if ($Wheelhouse) { $pipArgs += @('--no-index', '--find-links', $Wheelhouse) }
    Invoke-Native $VenvPython $pipArgs

    $Version = Get-NativeOutput $VenvPython @((Join-Path $Repo 'build\bundle_rules.py'), 'version')
    $NumericVersion = Get-NativeOutput $VenvPython @((Join-Path $Repo 'build\bundle_rules.py'), 'windows-version')
    Write-Host "govledger $Version"

    # ---- 3. the frozen program folder
    Invoke-Native $VenvPython @('-m', 'PyInstaller', (Join-Path $Repo 'govledger.spec'),
        '--noconfirm', '--clean', '--distpath', $Dist, '--workpath', $Work)

    if ($FontsDir) {
        # Read by govledger\exporters\fonts.py: a fonts\ folder next to govledger.exe.
        $fonts = @(Get-ChildItem -Path $FontsDir -File | Where-Object { $_.Extension -in '.ttf', '.ttc' })
        if ($fonts.Count -eq 0) { throw "No .ttf or .ttc fonts in $FontsDir" }
        $fontTarget = Join-Path $Bundle 'fonts'
        New-Item -ItemType Directory -Force -Path $fontTarget | Out-Null
        $fonts | Copy-Item -Destination $fontTarget
        Write-Host "Fonts shipped: $($fonts.Name -join ', ')"
    }

    # ---- 4. smoke test of the frozen program, as a clerk's PC will run it
    $Cli = Join-Path $Bundle 'govledger-cli.exe'
    $reported = Get-NativeOutput $Cli @('--version')
    if ($reported -ne "govledger $Version") { throw "govledger-cli.exe reports '$reported', expected 'govledger $Version'" }
    $Smoke = Join-Path ([IO.Path]::GetTempPath()) ('govledger-smoke-' + [guid]::NewGuid())
    $Ledger = Join-Path $Smoke 'ledger.sqlite'
    $savedPlatform = $env:QT_QPA_PLATFORM
    try {
        $env:QT_QPA_PLATFORM = 'offscreen'
        Invoke-Native $Cli @('--db', $Ledger, 'demo')
        Invoke-Native $Cli @('--db', $Ledger, 'check')
        # Exit code 2 means "not in this version yet" (a command still on its branch);
        # anything else but 0 is a failure.
        $steps = @(
            @{ Args = @('export', 'docx', '-o', (Join-Path $Smoke 'ledger.docx')); Output = 'ledger.docx' },
            @{ Args = @('export', 'xlsx', '-o', (Join-Path $Smoke 'ledger.xlsx')); Output = 'ledger.xlsx' },
            @{ Args = @('export', 'evidence', '-o', (Join-Path $Smoke 'evidence.zip')); Output = 'evidence.zip' },
            @{ Args = @('export', 'pdf', '-o', (Join-Path $Smoke 'summary.pdf')); Output = 'summary.pdf' },
            @{ Args = @('screenshot', '--view', 'tree', '-o', (Join-Path $Smoke 'tree.png')); Output = 'tree.png' }
        )
        foreach ($step in $steps) {
            $stepArgs = @('--db', $Ledger) + $step.Args
            Write-Host ">> $Cli $($stepArgs -join ' ')" -ForegroundColor Cyan
            & $Cli @stepArgs
            if ($LASTEXITCODE -eq 2) {
                Write-Warning "Skipped: '$($step.Args[0])' is not in this version yet"
                continue
            }
            if ($LASTEXITCODE -ne 0) { throw "govledger-cli.exe $($step.Args -join ' ') failed with exit code $LASTEXITCODE" }
            if (-not (Test-Path (Join-Path $Smoke $step.Output))) { throw "$($step.Output) was not written" }
        }
        # psycopg's binary wheel loads (libpq and its own TLS DLLs): check --server names it
        # on its first line (stdout); nothing listens on port 1, so the check then exits 1.
        $said = & $Cli @('check', '--server', 'postgresql://clerk@127.0.0.1:1/ledger') | Out-String
        $exitCode = $LASTEXITCODE
        Write-Host $said
        if ($said -notmatch 'psycopg .*\(binary, libpq ') { throw 'The bundled psycopg binary driver does not load' }
        if ($exitCode -ne 1) { throw "check --server on a closed port exited $exitCode, not 1" }
    } finally {
        $env:QT_QPA_PLATFORM = $savedPlatform
        Remove-Item -Recurse -Force $Smoke -ErrorAction SilentlyContinue
    }
    $size = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Sum Length).Sum / 1MB
    Write-Host ('Program folder: {0} ({1:N0} MB)' -f $Bundle, $size)

    # ---- 5. the installer
    if (-not $SkipInstaller) {
        $isccArgs = @("/DAppVersion=$Version", "/DAppVersionNumeric=$NumericVersion",
            "/DDistDir=$Bundle", "/O$Dist")
        if ($ChineseIslPath) { $isccArgs += "/DChineseIsl=$ChineseIslPath" }
        $isccArgs += (Join-Path $Repo 'build\govledger.iss')
        Invoke-Native $IsccExe $isccArgs
        Write-Host "Installer: $(Join-Path $Dist "govledger-$Version-setup.exe")" -ForegroundColor Green
    }
} finally {
    Pop-Location
}
