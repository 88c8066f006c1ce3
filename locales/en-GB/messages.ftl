## Messages from the regional team, shown above every page until the practice manager has read them.

messages-from-regional-team = Message from the regional team
# Variables:
#   $date (String) - the day the regional team published it, already formatted
messages-published = Sent on { $date }
messages-read-button = I have read this
