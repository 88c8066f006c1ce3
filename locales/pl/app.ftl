# Szkic tłumaczenia: ramka aplikacji. Brakujące komunikaty są pokazywane po angielsku (en-GB).

language-autonym = Polski
