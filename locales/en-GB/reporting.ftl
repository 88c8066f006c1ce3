# Reporting readiness to the hub: enrolment, the preview, the outbox and the central settings.

reporting-error-url-format = Enter the hub’s address as the regional team gave it, starting https://
reporting-error-url-https = The hub’s address must start with https:// so that what the practice sends is encrypted
reporting-error-code-required = Enter the enrolment code from the regional team
reporting-error-code-unknown = The enrolment code is not right for this practice: check it, and the practice’s ODS code
reporting-error-code-expired = The enrolment code has expired: ask the regional team for a new one
reporting-error-code-used = The enrolment code has already been used: ask the regional team for a new one
reporting-error-too-many-attempts = Too many wrong codes were tried for this practice: wait 15 minutes and try again
# Variables:
#   $reason (String) - the hub's explanation, in English
reporting-error-refused = The hub refused it: { $reason }
# Variables:
#   $reason (String) - what went wrong with the connection, in English
reporting-error-unreachable = The hub could not be reached ({ $reason }). Check the address and the connection, then try again.
reporting-error-not-enrolled = Enrol the practice with the hub before sending
reporting-error-no-preview = The preview has already been sent or has been replaced: preview again before sending
reporting-error-bad-window = The hub sent window dates that are not valid: tell the regional team
# Variables:
#   $reason (String) - why neither the keychain nor the file could hold the token
reporting-error-token-unsaved = The hub’s token could not be kept safely on this computer: { $reason }
