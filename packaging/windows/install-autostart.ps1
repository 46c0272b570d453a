# Registers display-app to start at logon for the current user, and to be started again
# within a minute if it ever stops (the task repeats every minute; a running copy makes
# the repeat a no-op: MultipleInstances = IgnoreNew).
#
# Run from the unpacked one-folder build (the folder holding display-app.exe):
#   powershell -ExecutionPolicy Bypass -File install-autostart.ps1 [-Mode display|presell]
# Remove with:
#   Unregister-ScheduledTask -TaskName display-app -Confirm:$false
param(
    [ValidateSet("display", "presell")] [string] $Mode = "display",
    [string] $Exe = (Join-Path $PSScriptRoot "display-app.exe")
)
$ErrorActionPreference = "Stop"
if (-not (Test-Path $Exe)) { throw "display-app.exe not found at $Exe (use -Exe PATH)" }

$action = New-ScheduledTaskAction -Execute $Exe -Argument $Mode -WorkingDirectory (Split-Path $Exe)
$trigger = New-ScheduledTaskTrigger -AtLogOn -User "$env:USERDOMAIN\$env:USERNAME"
# Repeat every minute, for ever: the watchdog.
$trigger.Repetition = (New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Minutes 1)).Repetition
$settings = New-ScheduledTaskSettingsSet `
    -MultipleInstances IgnoreNew `
    -ExecutionTimeLimit (New-TimeSpan -Seconds 0) `
    -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries `
    -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -StartWhenAvailable
$principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive -RunLevel Limited

Register-ScheduledTask -TaskName "display-app" -Action $action -Trigger $trigger -Settings $settings `
    -Principal $principal -Description "display-app customer display ($Mode)" -Force | Out-Null
Write-Host "display-app will start at logon as '$Mode' and be restarted within a minute if it stops."
