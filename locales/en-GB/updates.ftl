# Updates of the app, offered by the practice's hub and installed when the manager asks.

# Variables:
#   $version (String) - the version of Pathfinder running now, for example "0.1.0"
app-version = { -brand-name } version { $version }
app-update-available-label = Update available
# Variables:
#   $version (String) - the new version, for example "0.2.0"
#   $current (String) - the version running now, for example "0.1.0"
app-update-available-body = Version { $version } of { -brand-name } is ready to install. You have version { $current }. Your practice's information stays as it is.
app-update-install-button = Install and restart
app-update-installing = Installing the update. { -brand-name } will restart when it is done.
app-update-error-none = There is no update waiting. Restart { -brand-name } to check again.
# Variables:
#   $reason (String) - what went wrong, in technical terms
app-update-error-install = The update could not be installed, so you are still on the version you had. Try again later, or ask your IT support. ({ $reason })
