@echo off
rem Double-click to make display-app start at logon (Task Scheduler, restarted if it stops).
rem Put this file and install-autostart.ps1 next to display-app.exe. Optional argument: display or presell.
set MODE=%1
if "%MODE%"=="" set MODE=display
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-autostart.ps1" -Mode %MODE%
pause
