# Szkic tłumaczenia: ramka aplikacji. Brakujące komunikaty są pokazywane po angielsku (en-GB).

language-autonym = Polski

nav-notices = Materiały dla pacjentów
nav-report = Raport do serwera regionalnego
