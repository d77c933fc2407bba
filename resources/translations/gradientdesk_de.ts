<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Nach links blättern</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Nach rechts blättern</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>erklärte Varianz</translation>
    </message>
    <message>
        <source>No training yet.</source>
        <translation>Noch kein Training.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>Trainingsverlust %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>Testverlust %1</translation>
    </message>
    <message>
        <source>test %1 %2</source>
        <translation>Test-%1 %2</translation>
    </message>
    <message>
        <source>train %1 %2</source>
        <translation>Trainings-%1 %2</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation>%1, angehalten</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Trainingsstatus</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave is off: cannot create %1 (%2).</source>
        <translation>Automatisches Speichern ist aus: %1 lässt sich nicht anlegen (%2).</translation>
    </message>
    <message>
        <source>Autosave is off: cannot lock a file in %1.</source>
        <translation>Automatisches Speichern ist aus: In %1 lässt sich keine Datei sperren.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Keyboard: arrow keys move the cross (Shift: further), Enter adds a point of the current class there, Delete removes the nearest point.</source>
        <translation>Tastatur: Pfeiltasten bewegen das Kreuz (Umschalt: weiter), die Eingabetaste fügt dort einen Punkt der aktuellen Klasse hinzu, Entf entfernt den nächstgelegenen Punkt.</translation>
    </message>
    <message>
        <source>Canvas: cursor at %1. %2</source>
        <translation>Zeichenfläche: Cursor bei %1. %2</translation>
    </message>
    <message>
        <source>Cursor at %1</source>
        <translation>Cursor bei %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>a point</source>
        <translation>ein Punkt</translation>
    </message>
    <message>
        <source>Added %1 point (%2) at %3</source>
        <translation>%1 Punkt (%2) bei %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 points (%2) at %3</source>
        <translation>%1 Punkte (%2) bei %3 hinzugefügt</translation>
    </message>
    <message>
        <source>No points to remove</source>
        <translation>Keine Punkte zum Entfernen</translation>
    </message>
    <message>
        <source>Removed the point at (%1, %2)</source>
        <translation>Punkt bei (%1, %2) entfernt</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>learned components</source>
        <translation>gelernte Komponenten</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>Testpunkt</translation>
    </message>
    <message>
        <source>decision boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>colour: target (points), prediction (background)</source>
        <translation>Farbe: Ziel (Punkte), Vorhersage (Hintergrund)</translation>
    </message>
    <message>
        <source>ring: last minibatch</source>
        <translation>Ring: letzter Minibatch</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Data canvas</source>
        <translation>Datenzeichenfläche</translation>
    </message>
    <message>
        <source>y (target)</source>
        <translation>y (Ziel)</translation>
    </message>
    <message>
        <source>Training diverged. Shown: the model before it diverged (step %1), the last finite one.</source>
        <translation>Das Training ist divergiert. Gezeigt: das Modell vor der Divergenz (Schritt %1), das letzte endliche.</translation>
    </message>
    <message>
        <source>Training diverged at step %1. Shown: the model before it diverged (step %2), the last finite one.</source>
        <translation>Das Training ist bei Schritt %1 divergiert. Gezeigt: das Modell vor der Divergenz (Schritt %2), das letzte endliche.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Train the current model beside copies of it that differ in a few hyperparameters (learning rate, optimizer, batch size, ...), from the same starting parameters, step for step (%1).</source>
        <translation>Das aktuelle Modell neben Kopien trainieren, die sich in einigen Hyperparametern unterscheiden (Lernrate, Optimierer, Batchgröße, ...), von denselben Startparametern aus, Schritt für Schritt (%1).</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Change run B, then Start.</source>
        <translation>Ändern Sie Lauf B, dann Start.</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Lauf hinzufügen</translation>
    </message>
    <message>
        <source>Add another copy of A (up to D) to change and compare.</source>
        <translation>Eine weitere Kopie von A (bis D) hinzufügen, um sie zu ändern und zu vergleichen.</translation>
    </message>
    <message>
        <source>Every run trains this many epochs (passes over the training points).</source>
        <translation>Jeder Lauf trainiert so viele Epochen (Durchgänge über die Trainingspunkte).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Train every run on from where it is (its parameters and optimizer state) for the epochs set here; Start trains them again from the beginning.</source>
        <translation>Jeden Lauf von dort aus weitertrainieren, wo er steht (seine Parameter und der Zustand des Optimierers), für die hier eingestellten Epochen; Start trainiert sie wieder von vorn.</translation>
    </message>
    <message>
        <source>Run to adopt</source>
        <translation>Zu übernehmender Lauf</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Make the chosen run&apos;s hyperparameters the main window&apos;s.</source>
        <translation>Die Hyperparameter des gewählten Laufs ins Hauptfenster übernehmen.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>Draw the losses on a log scale: small losses of a run that learns well stay apart.</source>
        <translation>Die Verluste auf einer logarithmischen Skala zeichnen: Kleine Verluste eines gut lernenden Laufs bleiben unterscheidbar.</translation>
    </message>
    <message>
        <source>The parameter whose value in every run the traces show.</source>
        <translation>Der Parameter, dessen Wert in jedem Lauf die Verläufe zeigen.</translation>
    </message>
    <message>
        <source>Decision maps of the runs</source>
        <translation>Entscheidungskarten der Läufe</translation>
    </message>
    <message>
        <source>Loss curves of the runs</source>
        <translation>Verlustkurven der Läufe</translation>
    </message>
    <message>
        <source>Parameter traces of the runs</source>
        <translation>Parameterverläufe der Läufe</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Adopt %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Nothing to train.</source>
        <translation>Nichts zu trainieren.</translation>
    </message>
    <message>
        <source>Continuing %1 runs…</source>
        <translation>%1 Läufe werden fortgesetzt…</translation>
    </message>
    <message>
        <source>Starting %1 runs…</source>
        <translation>%1 Läufe werden gestartet…</translation>
    </message>
    <message>
        <source>The saved comparison could not be shown: %1</source>
        <translation>Der gespeicherte Vergleich lässt sich nicht anzeigen: %1</translation>
    </message>
    <message>
        <source>Opened from the file. %1 Continue trains every run on; the parameter traces start at the saved step (a file keeps the losses, not every path).</source>
        <translation>Aus der Datei geöffnet. %1 Fortsetzen trainiert jeden Lauf weiter; die Parameterverläufe beginnen beim gespeicherten Schritt (eine Datei bewahrt die Verluste, nicht jeden Weg).</translation>
    </message>
    <message>
        <source>Branched from step %1 of the main run (epoch %2): every run goes on from its parameters and optimizer state, for the epochs set here.</source>
        <translation>Abgezweigt bei Schritt %1 des Hauptlaufs (Epoche %2): Jeder Lauf geht von dessen Parametern und dem Zustand des Optimierers aus weiter, für die hier eingestellten Epochen.</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Angehalten. %1</translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation>Der Vergleich wurde beendet: %1</translation>
    </message>
    <message>
        <source>Nothing was trained.</source>
        <translation>Es wurde nichts trainiert.</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Fertig. %1</translation>
    </message>
    <message>
        <source>Training. %1</source>
        <translation>Training läuft. %1</translation>
    </message>
    <message>
        <source>A comparison needs run A and at least one other run.</source>
        <translation>Ein Vergleich braucht Lauf A und mindestens einen weiteren Lauf.</translation>
    </message>
    <message>
        <source>Run A is the main window&apos;s run: every other run is compared with it.</source>
        <translation>Lauf A ist der Lauf des Hauptfensters: Jeder andere Lauf wird mit ihm verglichen.</translation>
    </message>
    <message>
        <source>Run %1 removed. %2</source>
        <translation>Lauf %1 entfernt. %2</translation>
    </message>
    <message>
        <source>Not adopted: the main window refused run %1&apos;s settings.</source>
        <translation>Nicht übernommen: Das Hauptfenster hat die Einstellungen von Lauf %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Adopted: the main window now trains with run %1&apos;s hyperparameters.</source>
        <translation>Übernommen: Das Hauptfenster trainiert jetzt mit den Hyperparametern von Lauf %1.</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>Läufe &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&lt;i&gt;same structure&lt;/i&gt; (?)</source>
        <translation>&lt;i&gt;gleiche Struktur&lt;/i&gt; (?)</translation>
    </message>
    <message>
        <source>The main window&apos;s run (change it there).</source>
        <translation>Der Lauf des Hauptfensters (dort ändern).</translation>
    </message>
    <message>
        <source>Run %1: change any setting; what differs from A is highlighted.</source>
        <translation>Lauf %1: beliebige Einstellungen ändern; was von A abweicht, wird hervorgehoben.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove run %1 (the runs after it move up a letter).</source>
        <translation>Lauf %1 entfernen (die Läufe danach rücken einen Buchstaben auf).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each run&apos;s step, then its training · test loss, in the latest frame.</source>
        <translation>Schritt jedes Laufs, dann sein Trainings- · Testverlust, im neuesten Bild.</translation>
    </message>
    <message>
        <source>Run %1 not changed: %2</source>
        <translation>Lauf %1 nicht geändert: %2</translation>
    </message>
    <message>
        <source>At most %1 runs can be compared (%2); remove one first.</source>
        <translation>Höchstens %1 Läufe lassen sich vergleichen (%2); entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Only settings that keep the model&apos;s structure can differ between the runs. The model, its layers, activation, output, loss and input features are those of the main window: the runs train together in one batched step, which needs one structure (change it in the main window, then compare again).</source>
        <translation>Nur Einstellungen, die die Struktur des Modells erhalten, können sich zwischen den Läufen unterscheiden. Modell, Schichten, Aktivierung, Ausgabe, Verlust und Eingangsmerkmale sind die des Hauptfensters: Die Läufe trainieren gemeinsam in einem gebündelten Schritt, der eine einzige Struktur braucht (ändern Sie sie im Hauptfenster und vergleichen Sie dann erneut).</translation>
    </message>
    <message>
        <source>Same seed: the same starting parameters and, with equal batch sizes, the same minibatches in the same order. The runs train in lockstep, step for step.</source>
        <translation>Gleicher Seed: dieselben Startparameter und, bei gleicher Batchgröße, dieselben Minibatches in derselben Reihenfolge. Die Läufe trainieren im Gleichschritt, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>%1 is the same as A.</source>
        <translation>%1 ist gleich wie A.</translation>
    </message>
    <message>
        <source>%1 %2 (A %3)</source>
        <translation>%1 %2 (A %3)</translation>
    </message>
    <message>
        <source>%1 differs: %2.</source>
        <translation>%1 weicht ab: %2.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>as in the main window</source>
        <translation>wie im Hauptfenster</translation>
    </message>
    <message>
        <source>same as A</source>
        <translation>gleich wie A</translation>
    </message>
    <message>
        <source>%1 diverged at step %2</source>
        <translation>%1 divergierte bei Schritt %2</translation>
    </message>
    <message>
        <source>%1: training loss %2 at epoch %3 (step %4)</source>
        <translation>%1: Trainingsverlust %2 bei Epoche %3 (Schritt %4)</translation>
    </message>
    <message>
        <source>%1: test loss %2 at epoch %3 (step %4)</source>
        <translation>%1: Testverlust %2 bei Epoche %3 (Schritt %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;not trained yet&lt;br&gt;&amp;nbsp;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;noch nicht trainiert&lt;br&gt;&amp;nbsp;</translation>
    </message>
    <message>
        <source>&lt;b&gt;diverged at step %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;divergiert bei Schritt %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3 parameters&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3 Parameter&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>loss: training ━━, test ╍╍</source>
        <translation>Verlust: Training ━━, Test ╍╍</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>there are no points to show the runs on</source>
        <translation>es gibt keine Punkte, auf denen sich die Läufe zeigen ließen</translation>
    </message>
</context>
<context>
    <name>Compatibility</name>
    <message>
        <source>%1 needs targets, but this dataset has none (it is made for PCA). Pick a classification or regression dataset, or the PCA model.</source>
        <translation>%1 braucht Zielwerte, aber dieser Datensatz hat keine (er ist für PCA gemacht). Wählen Sie einen Klassifikations- oder Regressionsdatensatz oder das PCA-Modell.</translation>
    </message>
    <message>
        <source>%1 predicts numbers, but this dataset has classes. Use logistic or softmax regression or a neural network, or pick a regression dataset.</source>
        <translation>%1 sagt Zahlen voraus, aber dieser Datensatz hat Klassen. Verwenden Sie logistische oder Softmax-Regression oder ein neuronales Netz, oder wählen Sie einen Regressionsdatensatz.</translation>
    </message>
    <message>
        <source>Logistic regression separates two classes, but this dataset has numbers. Use softmax regression for more classes, or linear regression for numbers.</source>
        <translation>Logistische Regression trennt zwei Klassen, aber dieser Datensatz hat Zahlen. Verwenden Sie Softmax-Regression für mehr Klassen oder lineare Regression für Zahlen.</translation>
    </message>
    <message>
        <source>Logistic regression separates two classes, but this dataset has %1 classes. Use softmax regression for more classes, or linear regression for numbers.</source>
        <translation>Logistische Regression trennt zwei Klassen, aber dieser Datensatz hat %1 Klassen. Verwenden Sie Softmax-Regression für mehr Klassen oder lineare Regression für Zahlen.</translation>
    </message>
    <message>
        <source>Softmax regression predicts classes, but this dataset has numbers. Use linear regression or a neural network.</source>
        <translation>Softmax-Regression sagt Klassen voraus, aber dieser Datensatz hat Zahlen. Verwenden Sie lineare Regression oder ein neuronales Netz.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Parameters reset from seed %1.</source>
        <translation>Neue Parameter aus Seed %1.</translation>
    </message>
    <message>
        <source>A structural hyperparameter</source>
        <translation>Ein struktureller Hyperparameter</translation>
    </message>
    <message>
        <source>%1 changed: the parameters were re-initialized.</source>
        <translation>%1 geändert: Die Parameter wurden neu initialisiert.</translation>
    </message>
    <message>
        <source>%1 changed; training goes on with the same parameters.</source>
        <translation>%1 geändert; das Training geht mit denselben Parametern weiter.</translation>
    </message>
    <message>
        <source>The canvas is empty: draw some points or pick a preset from the Data menu.</source>
        <translation>Die Zeichenfläche ist leer: Zeichnen Sie Punkte oder wählen Sie einen Datensatz im Menü Daten.</translation>
    </message>
    <message>
        <source>Cannot train yet: %1.</source>
        <translation>Training noch nicht möglich: %1.</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>unsupervised</source>
        <translation>unüberwachtes Lernen</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Latin-1.</source>
        <translation>Die Datei ist kein UTF-8-Text; sie wurde als Latin-1 gelesen.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>more than %1 rows; GradientDesk opens at most %1 points</source>
        <translation>mehr als %1 Zeilen; GradientDesk öffnet höchstens %1 Punkte</translation>
    </message>
    <message>
        <source>the file is not valid CSV (%1)</source>
        <translation>die Datei ist kein gültiges CSV (%1)</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 columns (%3)</source>
        <translation>%1 Werte, aber die Kopfzeile hat %2 Spalten (%3)</translation>
    </message>
    <message>
        <source>%1 values, but the first row has %2 columns</source>
        <translation>%1 Werte, aber die erste Zeile hat %2 Spalten</translation>
    </message>
    <message>
        <source>no column for %1: %2 data needs the columns %3</source>
        <translation>keine Spalte für %1: Daten für die Aufgabe %2 brauchen die Spalten %3</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>unbekannte Aufgabe %1</translation>
    </message>
    <message>
        <source>No split column: %1 of %2 points were put in the test split at random (%3).</source>
        <translation>Keine Spalte für die Aufteilung: %1 von %2 Punkten kamen zufällig in die Testaufteilung (%3).</translation>
    </message>
    <message>
        <source>%1 points lie outside the canvas square [-%2, %2]: imported as they are, not rescaled. Consider scaling the data.</source>
        <translation>%1 Punkte liegen außerhalb des Quadrats der Zeichenfläche [-%2, %2]: unverändert importiert, nicht umskaliert. Erwägen Sie, die Daten zu skalieren.</translation>
    </message>
    <message>
        <source>%1 point lies outside the canvas square [-%2, %2]: imported as they are, not rescaled. Consider scaling the data.</source>
        <translation>%1 Punkt liegt außerhalb des Quadrats der Zeichenfläche [-%2, %2]: unverändert importiert, nicht umskaliert. Erwägen Sie, die Daten zu skalieren.</translation>
    </message>
    <message>
        <source>Not used: columns %1.</source>
        <translation>Nicht verwendet: Spalten %1.</translation>
    </message>
    <message>
        <source>Not used: column %1.</source>
        <translation>Nicht verwendet: Spalte %1.</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>der Wert fehlt</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a finite number (NaN and infinity are not allowed)</source>
        <translation>%1 ist keine endliche Zahl (NaN und unendlich sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>der Wert %1</translation>
    </message>
    <message>
        <source>the class label is missing</source>
        <translation>die Klasse fehlt</translation>
    </message>
    <message>
        <source>%1 is not a class: use whole numbers 0 to %2 or class names</source>
        <translation>%1 ist keine Klasse: verwenden Sie ganze Zahlen von 0 bis %2 oder Klassennamen</translation>
    </message>
    <message>
        <source>%1 is a 7th class; GradientDesk shows at most %2 classes</source>
        <translation>%1 ist eine 7. Klasse; GradientDesk zeigt höchstens %2 Klassen</translation>
    </message>
    <message>
        <source>a class name may have at most %1 characters</source>
        <translation>ein Klassenname darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>%1 must be train or test</source>
        <translation>%1 muss train oder test sein</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Classification (x1, x2, label)</source>
        <translation>Klassifikation (x1, x2, Klasse)</translation>
    </message>
    <message>
        <source>Regression (x or x1, x2, target)</source>
        <translation>Regression (x oder x1, x2, Zielwert)</translation>
    </message>
    <message>
        <source>Unsupervised - PCA (x1, x2)</source>
        <translation>Unüberwacht - PCA (x1, x2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Import CSV - %1</source>
        <translation>CSV importieren - %1</translation>
    </message>
    <message>
        <source>Detected from the header and the values; change it if the guess is wrong.</source>
        <translation>Aus der Kopfzeile und den Werten erkannt; ändern Sie es, falls die Vermutung falsch ist.</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>First %1 of %2 rows (line numbers as in the file):</source>
        <translation>Die ersten %1 von %2 Zeilen (Zeilennummern wie in der Datei):</translation>
    </message>
    <message>
        <source>Nothing will be imported until the problem below is fixed in the file.</source>
        <translation>Es wird nichts importiert, bis das Problem unten in der Datei behoben ist.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>%1 points (%2 train, %3 test), %4-D</source>
        <translation>%1 Punkte (%2 Training, %3 Test), %4-D</translation>
    </message>
    <message>
        <source>; classes %1</source>
        <translation>; Klassen %1</translation>
    </message>
    <message>
        <source>; targets from %1 to %2</source>
        <translation>; Zielwerte von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>DataEdits</name>
    <message>
        <source>custom</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>empty canvas: draw some points</source>
        <translation>leere Zeichenfläche: Punkte zeichnen</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>ohne Labels</translation>
    </message>
    <message>
        <source>%1: %2 points (%3 train, %4 test), %5</source>
        <translation>%1: %2 Punkte (%3 Training, %4 Test), %5</translation>
    </message>
    <message>
        <source>Could not make the dataset: %1</source>
        <translation>Der Datensatz konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>Datensatz %1 laden</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>Geladen: %1.</translation>
    </message>
    <message>
        <source>Points not added: %1</source>
        <translation>Punkte nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation>Punkte zeichnen</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>Punkte radieren</translation>
    </message>
    <message>
        <source>Clear all points</source>
        <translation>Alle Punkte löschen</translation>
    </message>
    <message>
        <source>Use %1 classes</source>
        <translation>%1 Klassen verwenden</translation>
    </message>
    <message>
        <source>Replace data</source>
        <translation>Daten ersetzen</translation>
    </message>
</context>
<context>
    <name>DataToolbar</name>
    <message>
        <source>Empty: draw points</source>
        <translation>Leer: Punkte zeichnen</translation>
    </message>
    <message>
        <source>Drawn: n %1</source>
        <translation>Gezeichnet: n %1</translation>
    </message>
    <message>
        <source>%1, n %2</source>
        <translation>%1, n %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Left-click or drag on the canvas to add points (B).</source>
        <translation>Auf die Zeichenfläche klicken oder ziehen, um Punkte hinzuzufügen (B).</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Left-drag removes points (E). A right-drag always erases.</source>
        <translation>Ziehen mit der linken Maustaste entfernt Punkte (E). Ziehen mit der rechten radiert immer.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Click a point (I) to see the model&apos;s worked forward pass for it; Shift+click inspects with any tool.</source>
        <translation>Einen Punkt anklicken (I), um den ausgerechneten Vorwärtsdurchlauf des Modells für ihn zu sehen; Umschalt+Klick prüft mit jedem Werkzeug.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every point (undoable).</source>
        <translation>Alle Punkte entfernen (rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Class to draw</source>
        <translation>Zu zeichnende Klasse</translation>
    </message>
    <message>
        <source>The class of the points you draw. Colours are safe for colour-blind viewers.</source>
        <translation>Die Klasse der Punkte, die Sie zeichnen. Die Farben sind auch bei Farbsehschwäche unterscheidbar.</translation>
    </message>
    <message>
        <source>Add a class (up to six).</source>
        <translation>Eine Klasse hinzufügen (bis zu sechs).</translation>
    </message>
    <message>
        <source>Remove the last class and its points (undoable).</source>
        <translation>Die letzte Klasse und ihre Punkte entfernen (rückgängig zu machen).</translation>
    </message>
    <message>
        <source>The target value of the points you draw on 2-D regression data (their colour).</source>
        <translation>Der Zielwert der Punkte, die Sie bei 2-D-Regressionsdaten zeichnen (ihre Farbe).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Preset dataset</source>
        <translation>Vorgefertigter Datensatz</translation>
    </message>
    <message>
        <source>A ready-made dataset. Press Generate (or pick one in the Data menu).</source>
        <translation>Ein fertiger Datensatz. Auf „Erzeugen“ drücken (oder einen im Menü Daten wählen).</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Replace the points by the chosen preset, made with the numbers beside it (undoable).</source>
        <translation>Die Punkte durch den gewählten Datensatz ersetzen, erzeugt mit den Zahlen daneben (rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Number of points to generate.</source>
        <translation>Anzahl der zu erzeugenden Punkte.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Standard deviation of the noise added, in axis units (&apos;default&apos;: the preset&apos;s).</source>
        <translation>Standardabweichung des hinzugefügten Rauschens, in Achseneinheiten („Standard“: die des Datensatzes).</translation>
    </message>
    <message>
        <source>Random seed of the generated points.</source>
        <translation>Zufalls-Seed der erzeugten Punkte.</translation>
    </message>
    <message>
        <source>Share of points held out to test the model (drawn hollow). Also used for points you draw.</source>
        <translation>Anteil der Punkte, die zum Testen des Modells zurückgehalten werden (hohl gezeichnet). Gilt auch für Punkte, die Sie zeichnen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Brush and eraser radius (r), in the units of the axes.</source>
        <translation>Radius von Pinsel und Radierer (r), in den Einheiten der Achsen.</translation>
    </message>
    <message>
        <source>Spray (×): points added per dab, scattered over the brush disc.</source>
        <translation>Sprühen (×): Punkte pro Tupfer, über die Pinselscheibe verteilt.</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>Not generated: %1.</source>
        <translation>Nicht erzeugt: %1.</translation>
    </message>
    <message>
        <source>On the canvas: %1. The boxes after it set what Generate makes.</source>
        <translation>Auf der Zeichenfläche: %1. Die Felder dahinter bestimmen, was „Erzeugen“ erzeugt.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>the coordinate x%2 of point %1</source>
        <translation>die Koordinate x%2 von Punkt %1</translation>
    </message>
    <message>
        <source>the target of point %1</source>
        <translation>der Zielwert von Punkt %1</translation>
    </message>
    <message>
        <source>point coordinates must be numbers</source>
        <translation>Punktkoordinaten müssen Zahlen sein</translation>
    </message>
    <message>
        <source>the dataset is empty: draw or load at least one point</source>
        <translation>der Datensatz ist leer: zeichnen oder laden Sie mindestens einen Punkt</translation>
    </message>
    <message>
        <source>point %1 has a coordinate that is not a finite number (NaN or infinity)</source>
        <translation>Punkt %1 hat eine Koordinate, die keine endliche Zahl ist (NaN oder unendlich)</translation>
    </message>
    <message>
        <source>a classification dataset has between 2 and %1 classes; got %2</source>
        <translation>ein Klassifikationsdatensatz hat zwischen 2 und %1 Klassen; angegeben: %2</translation>
    </message>
    <message>
        <source>label %1 has no class name (there are %2 classes)</source>
        <translation>die Klasse %1 hat keinen Klassennamen (es gibt %2 Klassen)</translation>
    </message>
    <message>
        <source>class labels must be whole numbers 0, 1, 2, ...</source>
        <translation>Klassen müssen ganze Zahlen 0, 1, 2, ... sein</translation>
    </message>
    <message>
        <source>class labels must be 0 or larger</source>
        <translation>Klassen müssen 0 oder größer sein</translation>
    </message>
    <message>
        <source>targets must be numbers</source>
        <translation>Zielwerte müssen Zahlen sein</translation>
    </message>
    <message>
        <source>the target of point %1 is not a finite number (NaN or infinity)</source>
        <translation>der Zielwert von Punkt %1 ist keine endliche Zahl (NaN oder unendlich)</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Diagram: arrow keys choose the next or previous parameter, Page Up/Down the array, Home/End the ends.</source>
        <translation>Diagramm: Pfeiltasten wählen den nächsten oder vorigen Parameter, Bild auf/ab das Array, Pos1/Ende die Enden.</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Selected %1 = %2</source>
        <translation>%1 = %2 ausgewählt</translation>
    </message>
    <message>
        <source>Selected %1 = %2, gradient %3</source>
        <translation>%1 = %2 ausgewählt, Gradient %3</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
    <message>
        <source>all weights are 0 and all biases are 0 (grey edges, white swatches)</source>
        <translation>alle Gewichte sind 0 und alle Biases sind 0 (graue Kanten, weiße Felder)</translation>
    </message>
    <message>
        <source>all weights are 0 (grey edges)</source>
        <translation>alle Gewichte sind 0 (graue Kanten)</translation>
    </message>
    <message>
        <source>widest edge |w| = %1</source>
        <translation>breiteste Kante |w| = %1</translation>
    </message>
    <message>
        <source>all biases are 0</source>
        <translation>alle Biases sind 0</translation>
    </message>
    <message>
        <source>strongest bias colour |b| = %1</source>
        <translation>kräftigste Bias-Farbe |b| = %1</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positive&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negative&lt;/b&gt;&lt;/span&gt; weight, %1 · square: a neuron&apos;s output over %2 · corner swatch: its bias · hover for values, click to select, double-click (paused) to edit</source>
        <translation>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positives&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negatives&lt;/b&gt;&lt;/span&gt; Gewicht, %1 · Quadrat: Ausgabe eines Neurons über %2 · Eckfeld: sein Bias · Zeigen für Werte, Klick zum Auswählen, Doppelklick (pausiert) zum Bearbeiten</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positive&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negative&lt;/b&gt;&lt;/span&gt; weight, %1 · hover for values</source>
        <translation>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positives&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negatives&lt;/b&gt;&lt;/span&gt; Gewicht, %1 · Zeigen für Werte</translation>
    </message>
    <message>
        <source>the input line (x1 →)</source>
        <translation>der Eingabegeraden (x1 →)</translation>
    </message>
    <message>
        <source>the input plane (x1 →, x2 ↑)</source>
        <translation>der Eingabeebene (x1 →, x2 ↑)</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 weights drawn</source>
        <translation>%1 · %2 von %3 Gewichten gezeichnet</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 weights drawn (the strongest of each layer pair)</source>
        <translation>%1 · %2 von %3 Gewichten gezeichnet (die stärksten jedes Schichtpaars)</translation>
    </message>
    <message>
        <source>&lt;b&gt;input %1&lt;/b&gt; — an input feature, computed from the point&apos;s coordinates (nothing to learn: the weights leaving it are).</source>
        <translation>&lt;b&gt;Eingabe %1&lt;/b&gt; — ein Eingabemerkmal, aus den Koordinaten des Punkts berechnet (hier wird nichts gelernt, wohl aber die Gewichte, die davon ausgehen).</translation>
    </message>
    <message>
        <source>click: select · double-click: edit</source>
        <translation>Klick: auswählen · Doppelklick: bearbeiten</translation>
    </message>
    <message>
        <source>click: select</source>
        <translation>Klick: auswählen</translation>
    </message>
    <message>
        <source>%1

The diagram draws networks of dense layers. PCA&apos;s directions are drawn on the canvas;
its weights are in the weight maps and the parameter table.</source>
        <translation>%1

Das Diagramm zeichnet Netze aus dichten Schichten. Die Richtungen der PCA stehen auf der Zeichenfläche;
ihre Gewichte in den Gewichtskarten und der Parametertabelle.</translation>
    </message>
    <message>
        <source>Input %1 is an input feature, not a parameter: click a weight (edge) or a neuron (its bias).</source>
        <translation>Eingabe %1 ist ein Eingabemerkmal, kein Parameter: Klicken Sie auf ein Gewicht (Kante) oder ein Neuron (sein Bias).</translation>
    </message>
    <message>
        <source>Pause training (Space) to edit a weight or bias by hand.</source>
        <translation>Pausieren Sie das Training (Leertaste), um ein Gewicht oder einen Bias von Hand zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 set to %2: the output map shows the change.</source>
        <translation>%1 auf %2 gesetzt: die Ausgabekarte zeigt die Änderung.</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Wert bearbeiten…</translation>
    </message>
    <message>
        <source>Edit value… (pause training first)</source>
        <translation>Wert bearbeiten… (zuerst Training pausieren)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;not a parameter of this model</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;kein Parameter dieses Modells</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>gradient dL/d%1</source>
        <translation>Gradient dL/d%1</translation>
    </message>
    <message>
        <source>last update</source>
        <translation>letztes Update</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3step %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3Schritt %4</translation>
    </message>
    <message>
        <source>between -1,000,000 and 1,000,000</source>
        <translation>zwischen -1.000.000 und 1.000.000</translation>
    </message>
    <message>
        <source>New value of %1</source>
        <translation>Neuer Wert von %1</translation>
    </message>
    <message>
        <source>New value of %1: type a number and press Enter (Escape cancels).</source>
        <translation>Neuer Wert von %1: Zahl eingeben und Eingabetaste drücken (Esc bricht ab).</translation>
    </message>
    <message>
        <source>a number, e.g. -0.25</source>
        <translation>eine Zahl, z. B. -0.25</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: type a value such as -0.25 or 1e-3.</source>
        <translation>„%1“ ist keine Zahl: Geben Sie einen Wert wie -0.25 oder 1e-3 ein.</translation>
    </message>
    <message>
        <source>%1 must be %2; &apos;%3&apos; is not.</source>
        <translation>%1 muss %2 liegen; „%3“ tut das nicht.</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>The loss became infinite at step %1: the learning rate %2 is too large for this model. Try %3, then Reset: from the same start it trained (the loss fell over %4 test steps). The parameters were put back to their values at step %5, the last ones known to be finite.</source>
        <translation>Der Verlust wurde bei Schritt %1 unendlich: Die Lernrate %2 ist für dieses Modell zu groß. Versuchen Sie %3 und dann Zurücksetzen: Vom selben Start aus hat es damit trainiert (der Verlust sank über %4 Testschritte). Die Parameter wurden auf ihre Werte bei Schritt %5 zurückgesetzt, die letzten, die bekanntermaßen endlich waren.</translation>
    </message>
    <message>
        <source>The weights exploded (past a million) at step %1: the learning rate %2 is too large for this model. Try %3, then Reset: from the same start it trained (the loss fell over %4 test steps). The parameters were put back to their values at step %5, the last ones known to be finite.</source>
        <translation>Die Gewichte sind bei Schritt %1 explodiert (über eine Million): Die Lernrate %2 ist für dieses Modell zu groß. Versuchen Sie %3 und dann Zurücksetzen: Vom selben Start aus hat es damit trainiert (der Verlust sank über %4 Testschritte). Die Parameter wurden auf ihre Werte bei Schritt %5 zurückgesetzt, die letzten, die bekanntermaßen endlich waren.</translation>
    </message>
    <message>
        <source>The loss became infinite at step %1: the learning rate %2 is too large for this model. Try %3, then Reset. The parameters were put back to their values at step %4, the last ones known to be finite.</source>
        <translation>Der Verlust wurde bei Schritt %1 unendlich: Die Lernrate %2 ist für dieses Modell zu groß. Versuchen Sie %3 und dann Zurücksetzen. Die Parameter wurden auf ihre Werte bei Schritt %4 zurückgesetzt, die letzten, die bekanntermaßen endlich waren.</translation>
    </message>
    <message>
        <source>The weights exploded (past a million) at step %1: the learning rate %2 is too large for this model. Try %3, then Reset. The parameters were put back to their values at step %4, the last ones known to be finite.</source>
        <translation>Die Gewichte sind bei Schritt %1 explodiert (über eine Million): Die Lernrate %2 ist für dieses Modell zu groß. Versuchen Sie %3 und dann Zurücksetzen. Die Parameter wurden auf ihre Werte bei Schritt %4 zurückgesetzt, die letzten, die bekanntermaßen endlich waren.</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Hyperparameters — you choose these</source>
        <translation>Hyperparameter — die wählen Sie</translation>
    </message>
    <message>
        <source>Parameters — the model learns these</source>
        <translation>Parameter — die lernt das Modell</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Runs — every run&apos;s name, what it changes from the current run, its steps and losses</source>
        <translation>Läufe — der Name jedes Laufs, was er gegenüber dem aktuellen Lauf ändert, seine Schritte und Verluste</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>DocumentEdits</name>
    <message>
        <source>learned parameters were given for data that cannot be trained on</source>
        <translation>es wurden gelernte Parameter für Daten angegeben, auf denen nicht trainiert werden kann</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>the input feature %1 needs a second coordinate x2, but this dataset has only x1; turn it off</source>
        <translation>das Eingabemerkmal %1 braucht eine zweite Koordinate x2, aber dieser Datensatz hat nur x1; schalten Sie es aus</translation>
    </message>
    <message>
        <source>choose at least one input feature</source>
        <translation>wählen Sie mindestens ein Eingabemerkmal</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation>SVG-Vektorzeichnung (*.svg)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot encode the image for %1</source>
        <translation>Das Bild für %1 lässt sich nicht kodieren</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Abbildung</translation>
    </message>
    <message>
        <source>&amp;Window as PNG…</source>
        <translation>&amp;Fenster als PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window, as it is now.</source>
        <translation>Ein Bild des ganzen Fensters speichern, so wie es jetzt ist.</translation>
    </message>
    <message>
        <source>Save the %1 as a PNG image or an SVG drawing.</source>
        <translation>„%1“ als PNG-Bild oder SVG-Zeichnung speichern.</translation>
    </message>
    <message>
        <source>Save figure…</source>
        <translation>Abbildung speichern…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Saved %1 (%2 KB)</source>
        <translation>%1 gespeichert (%2 KB)</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3 px)</source>
        <translation>%1 gespeichert (%2×%3 px)</translation>
    </message>
    <message>
        <source>Could not export the %1 to %2.

%3</source>
        <translation>„%1“ ließ sich nicht nach %2 exportieren.

%3</translation>
    </message>
    <message>
        <source>Export window</source>
        <translation>Fenster exportieren</translation>
    </message>
    <message>
        <source>Could not export the window to %1.

%2</source>
        <translation>Das Fenster ließ sich nicht nach %1 exportieren.

%2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>GradientDesk sessions (*.gdesk);;All files (*)</source>
        <translation>GradientDesk-Sitzungen (*.gdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model as JSON (*.json)</source>
        <translation>Modell als JSON (*.json)</translation>
    </message>
    <message>
        <source>Model as NumPy archive (*.npz)</source>
        <translation>Modell als NumPy-Archiv (*.npz)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start over with an empty canvas.</source>
        <translation>Mit einer leeren Zeichenfläche neu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a session or lesson file (.gdesk).</source>
        <translation>Eine Sitzungs- oder Lektionsdatei öffnen (.gdesk).</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save data, model, hyperparameters and learned parameters.</source>
        <translation>Daten, Modell, Hyperparameter und gelernte Parameter speichern.</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save under a new name.</source>
        <translation>Unter einem neuen Namen speichern.</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Load points from a CSV file (with a preview; undoable).</source>
        <translation>Punkte aus einer CSV-Datei laden (mit Vorschau; rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV...</source>
        <translation>Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Write x1, x2, label or target and split of every point.</source>
        <translation>x1, x2, Klasse oder Zielwert und Aufteilung jedes Punkts schreiben.</translation>
    </message>
    <message>
        <source>Export trained &amp;model...</source>
        <translation>Trainiertes &amp;Modell exportieren…</translation>
    </message>
    <message>
        <source>Write the learned parameters and the architecture needed to use them (JSON or NPZ). Hyperparameters are not part of a trained model.</source>
        <translation>Die gelernten Parameter und die Architektur schreiben, die man braucht, um sie zu nutzen (JSON oder NPZ). Hyperparameter gehören nicht zu einem trainierten Modell.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open a session or lesson</source>
        <translation>Sitzung oder Lektion öffnen</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 wurde nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Opened %1: %2.</source>
        <translation>%1 geöffnet: %2.</translation>
    </message>
    <message>
        <source>Save the session as</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Import points from a CSV file</source>
        <translation>Punkte aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (Undo takes it back).</source>
        <translation>%1 aus %2 importiert (Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>The canvas is empty.</source>
        <translation>Die Zeichenfläche ist leer.</translation>
    </message>
    <message>
        <source>Export the points as CSV</source>
        <translation>Punkte als CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1 points to %2.</source>
        <translation>%1 Punkte nach %2 exportiert.</translation>
    </message>
    <message>
        <source>No trained model</source>
        <translation>Kein trainiertes Modell</translation>
    </message>
    <message>
        <source>Nothing exported: %1.</source>
        <translation>Nichts exportiert: %1.</translation>
    </message>
    <message>
        <source>Export the trained model</source>
        <translation>Trainiertes Modell exportieren</translation>
    </message>
    <message>
        <source>Exported the trained model&apos;s parameters to %1.</source>
        <translation>Die Parameter des trainierten Modells nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Your points, model and learned parameters are lost if you do not save them.</source>
        <translation>Ihre Punkte, Ihr Modell und die gelernten Parameter gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Autosave is off: this system has no folder for application data.</source>
        <translation>Automatisches Speichern ist aus: Dieses System hat keinen Ordner für Anwendungsdaten.</translation>
    </message>
</context>
<context>
    <name>ForwardPass</name>
    <message>
        <source>Pick the &lt;b&gt;Inspect&lt;/b&gt; tool (I) and click a data point — or Shift+click anywhere on the canvas — to see what the model computes for it, layer by layer, with the real numbers.</source>
        <translation>Wählen Sie das Werkzeug &lt;b&gt;Prüfen&lt;/b&gt; (I) und klicken Sie auf einen Datenpunkt — oder Umschalt+Klick irgendwo auf die Zeichenfläche —, um zu sehen, was das Modell dafür berechnet, Schicht für Schicht, mit den echten Zahlen.</translation>
    </message>
    <message>
        <source>… %1 more rows</source>
        <translation>… %1 weitere Zeilen</translation>
    </message>
    <message>
        <source>The model is not ready for these data yet.</source>
        <translation>Das Modell ist für diese Daten noch nicht bereit.</translation>
    </message>
    <message>
        <source>data point #%1</source>
        <translation>Datenpunkt Nr. %1</translation>
    </message>
    <message>
        <source>a position with no data point</source>
        <translation>eine Stelle ohne Datenpunkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point (%1)&lt;/b&gt;: %2 · parameters of step %3</source>
        <translation>&lt;b&gt;Punkt (%1)&lt;/b&gt;: %2 · Parameter von Schritt %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input features&lt;/b&gt;  x = (%1)</source>
        <translation>&lt;b&gt;Eingabemerkmale&lt;/b&gt;  x = (%1)</translation>
    </message>
    <message>
        <source>,  %1 = f(%2) with %3</source>
        <translation>,  %1 = f(%2) mit %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction: &lt;span style=&apos;color:%1&apos;&gt;class %2&lt;/span&gt;&lt;/b&gt;   (output %3)</source>
        <translation>&lt;b&gt;Vorhersage: &lt;span style=&apos;color:%1&apos;&gt;Klasse %2&lt;/span&gt;&lt;/b&gt;   (Ausgabe %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorhersage: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstruction: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rekonstruktion: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target: none (not a data point), so no loss and no gradient.
Click a data point to see its loss and the gradient it contributes.</source>
        <translation>Ziel: keines (kein Datenpunkt), also kein Verlust und kein Gradient.
Klicken Sie auf einen Datenpunkt, um seinen Verlust und seinen Beitrag zum Gradienten zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: class %1&lt;/b&gt;   (encoded as %2)</source>
        <translation>&lt;b&gt;Ziel: Klasse %1&lt;/b&gt;   (kodiert als %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ziel: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: the point itself&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel: der Punkt selbst&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss for this point (%1): %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlust für diesen Punkt (%1): %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>
&lt;b&gt;Gradient this point contributes&lt;/b&gt; (largest %1 of %2; click a name to select it)</source>
        <translation>
&lt;b&gt;Beitrag dieses Punkts zum Gradienten&lt;/b&gt; (die größten %1 von %2; zum Auswählen auf einen Namen klicken)</translation>
    </message>
    <message>
        <source>A minibatch step uses the mean of these over its %1 points (plus the penalty&apos;s gradient, if any).</source>
        <translation>Ein Minibatch-Schritt verwendet deren Mittelwert über seine %1 Punkte (plus den Gradienten des Strafterms, falls vorhanden).</translation>
    </message>
</context>
<context>
    <name>GifRecording</name>
    <message>
        <source>Record GIF</source>
        <translation>GIF aufnehmen</translation>
    </message>
    <message>
        <source>Canvas only</source>
        <translation>Nur die Zeichenfläche</translation>
    </message>
    <message>
        <source>Canvas and loss plot side by side</source>
        <translation>Zeichenfläche und Verlustdiagramm nebeneinander</translation>
    </message>
    <message>
        <source>%1 frames per second</source>
        <translation>%1 Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>The length</source>
        <translation>Die Länge</translation>
    </message>
    <message>
        <source>The width</source>
        <translation>Die Breite</translation>
    </message>
    <message>
        <source>Frames wider than this are scaled down: smaller files, quicker to load in a slide.</source>
        <translation>Breitere Bilder werden verkleinert: kleinere Dateien, die in einer Folie schneller laden.</translation>
    </message>
    <message>
        <source>Caption with step and loss, and a timeline bar</source>
        <translation>Beschriftung mit Schritt und Verlust und eine Zeitleiste</translation>
    </message>
    <message>
        <source>Start training when the recording starts</source>
        <translation>Training mit der Aufnahme starten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Aufnehmen:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Bildrate:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Width at most:</source>
        <translation>Breite höchstens:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>= %1 frames of %2 ms (at most %3)</source>
        <translation>= %1 Bilder zu je %2 ms (höchstens %3)</translation>
    </message>
    <message>
        <source>= %1 frames of %2 ms</source>
        <translation>= %1 Bilder zu je %2 ms</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Nicht aufgenommen: %1.</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message>
        <source>Record &amp;GIF…</source>
        <translation>&amp;GIF aufnehmen…</translation>
    </message>
    <message>
        <source>Record an animated GIF of the canvas (and the loss) while the model trains.</source>
        <translation>Ein animiertes GIF der Zeichenfläche (und des Verlusts) aufnehmen, während das Modell trainiert.</translation>
    </message>
    <message>
        <source>GIF recording cancelled: no file was written.</source>
        <translation>GIF-Aufnahme abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 frames, %3 KB)</source>
        <translation>%1 gespeichert (%2 Bilder, %3 KB)</translation>
    </message>
    <message>
        <source>GIF recording failed.</source>
        <translation>GIF-Aufnahme fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The frame rate must be one of %1 frames per second.</source>
        <translation>Die Bildrate muss einer dieser Werte sein: %1 Bilder pro Sekunde.</translation>
    </message>
    <message>
        <source>A GIF needs between 2 and %1 frames (asked for %2).</source>
        <translation>Ein GIF braucht zwischen 2 und %1 Bildern (verlangt: %2).</translation>
    </message>
    <message>
        <source>The width must be between %1 and %2 pixels.</source>
        <translation>Die Breite muss zwischen %1 und %2 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The file name must end in .gif: %1</source>
        <translation>Der Dateiname muss auf .gif enden: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>Trainingsverlust %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>Testverlust %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 ließ sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>No frames were recorded.</source>
        <translation>Es wurden keine Bilder aufgenommen.</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Es läuft bereits eine Aufnahme.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the recording; no file is written.</source>
        <translation>Die Aufnahme beenden; es wird keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Recording GIF: frame %1 of %2</source>
        <translation>GIF-Aufnahme: Bild %1 von %2</translation>
    </message>
    <message>
        <source>Encoding GIF: frame %1 of %2</source>
        <translation>GIF wird kodiert: Bild %1 von %2</translation>
    </message>
</context>
<context>
    <name>HyperparameterChecks</name>
    <message>
        <source>%1 (%2) must be one of %3; got %4</source>
        <translation>%1 (%2) muss einer dieser Werte sein: %3; angegeben: %4</translation>
    </message>
    <message>
        <source>%1 (%2) must be a tuple of feature names</source>
        <translation>%1 (%2) muss ein Tupel von Merkmalsnamen sein</translation>
    </message>
    <message>
        <source>%1 (%2): unknown feature %3; choose from %4</source>
        <translation>%1 (%2): unbekanntes Merkmal %3; zur Wahl stehen %4</translation>
    </message>
    <message>
        <source>%1 (%2): a feature is listed twice</source>
        <translation>%1 (%2): ein Merkmal ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 (%2): choose at least one input feature</source>
        <translation>%1 (%2): Wählen Sie mindestens ein Eingabemerkmal</translation>
    </message>
    <message>
        <source>%1 (%2) must be a whole number; got %3</source>
        <translation>%1 (%2) muss eine ganze Zahl sein; angegeben: %3</translation>
    </message>
    <message>
        <source>%1 (%2) must be a finite number; got %3</source>
        <translation>%1 (%2) muss eine endliche Zahl sein; angegeben: %3</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>eine riesige Zahl</translation>
    </message>
    <message>
        <source>%1 (%2) must be between %3 and %4 (or 0 to turn it off); got %5</source>
        <translation>%1 (%2) muss zwischen %3 und %4 liegen (oder 0 zum Ausschalten); angegeben: %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be between %3 and %4; got %5</source>
        <translation>%1 (%2) muss zwischen %3 und %4 liegen; angegeben: %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be a list of whole numbers, one per layer</source>
        <translation>%1 (%2) muss eine Liste ganzer Zahlen sein, eine pro Schicht</translation>
    </message>
    <message>
        <source>%1 (%2): at most %3 hidden layers; got %4</source>
        <translation>%1 (%2): höchstens %3 verborgene Schichten; angegeben: %4</translation>
    </message>
    <message>
        <source>%1 (%2): layer %3 must have between 1 and %4 neurons; got %5</source>
        <translation>%1 (%2): Schicht %3 muss zwischen 1 und %4 Neuronen haben; angegeben: %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be a list</source>
        <translation>%1 (%2) muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 (%2) must be a number; got %3</source>
        <translation>%1 (%2) muss eine Zahl sein; angegeben: %3</translation>
    </message>
    <message>
        <source>%1 (%2) is far too large</source>
        <translation>%1 (%2) ist viel zu groß</translation>
    </message>
    <message>
        <source>%1 (%2) must be text; got %3</source>
        <translation>%1 (%2) muss Text sein; angegeben: %3</translation>
    </message>
</context>
<context>
    <name>HyperparameterEdits</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Modell wechseln: %1</translation>
    </message>
    <message>
        <source>%1 cannot use the previous data: loaded the &apos;%2&apos; dataset (Undo brings the old data and model back).</source>
        <translation>%1 kann die bisherigen Daten nicht verwenden: Der Datensatz „%2“ wurde geladen (Rückgängig bringt die alten Daten und das alte Modell zurück).</translation>
    </message>
</context>
<context>
    <name>Hyperparameters</name>
    <message>
        <source>Hidden layer %1</source>
        <translation>Verborgene Schicht %1</translation>
    </message>
    <message>
        <source>Neurons in hidden layer %1</source>
        <translation>Neuronen in verborgener Schicht %1</translation>
    </message>
    <message>
        <source>Neurons in hidden layer %1 (1 to %2).</source>
        <translation>Neuronen in verborgener Schicht %1 (1 bis %2).</translation>
    </message>
    <message>
        <source>No hidden layer: inputs connect straight to the output.</source>
        <translation>Keine verborgene Schicht: die Eingaben gehen direkt zur Ausgabe.</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ Schicht</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one (more parameters; a fresh start).</source>
        <translation>Eine verborgene Schicht nach der letzten hinzufügen (mehr Parameter; ein Neustart).</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− Schicht</translation>
    </message>
    <message>
        <source>Remove the last hidden layer (fewer parameters; a fresh start).</source>
        <translation>Die letzte verborgene Schicht entfernen (weniger Parameter; ein Neustart).</translation>
    </message>
    <message>
        <source>Not changed: at most %1 hidden layers.</source>
        <translation>Nicht geändert: höchstens %1 verborgene Schichten.</translation>
    </message>
    <message>
        <source>Show or hide the %1 settings.</source>
        <translation>Die Einstellungen „%1“ ein- oder ausblenden.</translation>
    </message>
    <message>
        <source>Changing this re-initializes the parameters (a fresh start)</source>
        <translation>Eine Änderung initialisiert die Parameter neu (ein Neustart)</translation>
    </message>
    <message>
        <source>Applies on the next step; the learned parameters are kept</source>
        <translation>Gilt ab dem nächsten Schritt; die gelernten Parameter bleiben erhalten</translation>
    </message>
    <message>
        <source>x1·x2</source>
        <translation>x1·x2</translation>
    </message>
    <message>
        <source>sin x1</source>
        <translation>sin x1</translation>
    </message>
    <message>
        <source>sin x2</source>
        <translation>sin x2</translation>
    </message>
    <message>
        <source>The first coordinate of the point.</source>
        <translation>Die erste Koordinate des Punkts.</translation>
    </message>
    <message>
        <source>The second coordinate of the point.</source>
        <translation>Die zweite Koordinate des Punkts.</translation>
    </message>
    <message>
        <source>The first coordinate squared: lets a linear model bend along x1.</source>
        <translation>Die erste Koordinate zum Quadrat: damit kann sich ein lineares Modell entlang x1 krümmen.</translation>
    </message>
    <message>
        <source>The second coordinate squared: lets a linear model bend along x2.</source>
        <translation>Die zweite Koordinate zum Quadrat: damit kann sich ein lineares Modell entlang x2 krümmen.</translation>
    </message>
    <message>
        <source>The product of the coordinates: positive in two opposite quadrants, negative in the others.</source>
        <translation>Das Produkt der Koordinaten: positiv in zwei gegenüberliegenden Quadranten, negativ in den anderen.</translation>
    </message>
    <message>
        <source>The sine of the first coordinate: waves along x1.</source>
        <translation>Der Sinus der ersten Koordinate: Wellen entlang x1.</translation>
    </message>
    <message>
        <source>The sine of the second coordinate: waves along x2.</source>
        <translation>Der Sinus der zweiten Koordinate: Wellen entlang x2.</translation>
    </message>
    <message>
        <source>Not available: these data have only one coordinate, x1.</source>
        <translation>Nicht verfügbar: diese Daten haben nur eine Koordinate, x1.</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on — the model needs an input.</source>
        <translation>Nicht geändert: mindestens ein Eingabemerkmal muss eingeschaltet bleiben — das Modell braucht eine Eingabe.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Data (inputs)</source>
        <translation>Daten (Eingaben)</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>Show or hide the model settings.</source>
        <translation>Einstellungen zum Modell ein- oder ausblenden.</translation>
    </message>
    <message>
        <source>Show or hide the data (inputs) settings.</source>
        <translation>Einstellungen zu den Daten (Eingaben) ein- oder ausblenden.</translation>
    </message>
    <message>
        <source>Show or hide the optimization settings.</source>
        <translation>Einstellungen zur Optimierung ein- oder ausblenden.</translation>
    </message>
    <message>
        <source>Show or hide the regularization settings.</source>
        <translation>Einstellungen zur Regularisierung ein- oder ausblenden.</translation>
    </message>
    <message>
        <source>Show or hide the initialization settings.</source>
        <translation>Einstellungen zur Initialisierung ein- oder ausblenden.</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <source>Hover any name for an explanation. %1 marks settings whose change restarts from fresh parameters; the others apply on the next step.</source>
        <translation>Zeigen Sie auf einen Namen, um eine Erklärung zu sehen. %1 markiert Einstellungen, deren Änderung mit neuen Parametern neu beginnt; die anderen gelten ab dem nächsten Schritt.</translation>
    </message>
    <message>
        <source>%1 (%2 changed)</source>
        <translation>%1 (%2 geändert)</translation>
    </message>
    <message>
        <source>Settings changed less often: output activation and loss, optimizer details, the learning-rate schedule and stop rules.</source>
        <translation>Seltener geänderte Einstellungen: Ausgabeaktivierung und Verlust, Details des Optimierers, der Lernratenplan und Stoppregeln.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Ausgabeaktivierung</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Polynomial degree</source>
        <translation>Polynomgrad</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Eingabemerkmale</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <source>RMSProp decay</source>
        <translation>RMSProp-Abklingrate</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <source>Schedule decay</source>
        <translation>Abklingfaktor</translation>
    </message>
    <message>
        <source>Schedule period (epochs)</source>
        <translation>Periode (Epochen)</translation>
    </message>
    <message>
        <source>Stop after epochs</source>
        <translation>Stopp nach Epochen</translation>
    </message>
    <message>
        <source>Stop at training loss</source>
        <translation>Stopp bei Trainingsverlust</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>Geduld (frühes Stoppen)</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Regularisierungsrate</translation>
    </message>
    <message>
        <source>Initial scale</source>
        <translation>Anfangsskala</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Which kind of model learns from the data.</source>
        <translation>Welche Art von Modell aus den Daten lernt.</translation>
    </message>
    <message>
        <source>Neurons in each hidden layer. More layers and neurons mean more parameters to learn.</source>
        <translation>Neuronen in jeder verborgenen Schicht. Mehr Schichten und Neuronen bedeuten mehr zu lernende Parameter.</translation>
    </message>
    <message>
        <source>The non-linear function each hidden neuron applies to its weighted sum.</source>
        <translation>Die nichtlineare Funktion, die jedes verborgene Neuron auf seine gewichtete Summe anwendet.</translation>
    </message>
    <message>
        <source>What the last layer applies. &apos;auto&apos; picks sigmoid or softmax for classes, linear for numbers.</source>
        <translation>Was die letzte Schicht anwendet. „auto“ wählt Sigmoid oder Softmax für Klassen, linear für Zahlen.</translation>
    </message>
    <message>
        <source>How the gap between prediction and target is measured. &apos;auto&apos; follows the task.</source>
        <translation>Wie der Abstand zwischen Vorhersage und Zielwert gemessen wird. „auto“ richtet sich nach der Aufgabe.</translation>
    </message>
    <message>
        <source>Highest power of the inputs. Higher degrees bend more and can memorize noise.</source>
        <translation>Höchste Potenz der Eingaben. Höhere Grade krümmen sich stärker und können Rauschen auswendig lernen.</translation>
    </message>
    <message>
        <source>How many directions PCA keeps. Each one is a column of learned weights.</source>
        <translation>Wie viele Richtungen die PCA behält. Jede ist eine Spalte gelernter Gewichte.</translation>
    </message>
    <message>
        <source>Which functions of the coordinates are fed to the model as inputs.</source>
        <translation>Welche Funktionen der Koordinaten das Modell als Eingaben erhält.</translation>
    </message>
    <message>
        <source>The rule that turns gradients into parameter updates. Switching keeps the weights.</source>
        <translation>Die Regel, die aus Gradienten Aktualisierungen der Parameter macht. Ein Wechsel behält die Gewichte.</translation>
    </message>
    <message>
        <source>How big a step each update takes along the negative gradient.</source>
        <translation>Wie groß der Schritt jeder Aktualisierung entlang des negativen Gradienten ist.</translation>
    </message>
    <message>
        <source>For momentum and Nesterov: how much of the previous step is kept (0 = plain SGD).</source>
        <translation>Für Momentum und Nesterov: wie viel vom vorigen Schritt erhalten bleibt (0 = reines SGD).</translation>
    </message>
    <message>
        <source>For Adam: decay of the running mean of gradients.</source>
        <translation>Für Adam: Abklingrate des gleitenden Mittels der Gradienten.</translation>
    </message>
    <message>
        <source>For Adam: decay of the running mean of squared gradients.</source>
        <translation>Für Adam: Abklingrate des gleitenden Mittels der quadrierten Gradienten.</translation>
    </message>
    <message>
        <source>For RMSProp: how much of the running mean of squared gradients is kept each step.</source>
        <translation>Für RMSProp: wie viel vom gleitenden Mittel der quadrierten Gradienten bei jedem Schritt erhalten bleibt.</translation>
    </message>
    <message>
        <source>For AdaGrad, RMSProp and Adam: a tiny number that avoids dividing by zero.</source>
        <translation>Für AdaGrad, RMSProp und Adam: eine winzige Zahl, die eine Division durch null verhindert.</translation>
    </message>
    <message>
        <source>Examples per update. At or above the training-set size: full-batch gradient descent.</source>
        <translation>Beispiele pro Aktualisierung. Ab der Größe der Trainingsmenge: Gradientenabstieg mit vollem Batch.</translation>
    </message>
    <message>
        <source>How the learning rate changes over epochs: fixed, in steps, exponentially, or a cosine.</source>
        <translation>Wie sich die Lernrate über die Epochen ändert: fest, in Stufen, exponentiell oder als Kosinus.</translation>
    </message>
    <message>
        <source>Step: factor applied every period. Exponential: factor per period.</source>
        <translation>Stufenweise: Faktor, der nach jeder Periode angewendet wird. Exponentiell: Faktor pro Periode.</translation>
    </message>
    <message>
        <source>Epochs per decay step, or the length of one cosine cycle.</source>
        <translation>Epochen pro Abklingstufe oder die Länge eines Kosinuszyklus.</translation>
    </message>
    <message>
        <source>Stop training after this many epochs (0 = never).</source>
        <translation>Das Training nach so vielen Epochen beenden (0 = nie).</translation>
    </message>
    <message>
        <source>Stop once the training loss is at or below this (0 = off).</source>
        <translation>Das Training beenden, sobald der Trainingsverlust diesen Wert erreicht oder unterschreitet (0 = aus).</translation>
    </message>
    <message>
        <source>Stop when the test loss has not improved for this many epochs (0 = off).</source>
        <translation>Das Training beenden, wenn sich der Testverlust so viele Epochen lang nicht verbessert hat (0 = aus).</translation>
    </message>
    <message>
        <source>A penalty on large weights: L1 pushes weights to exactly 0, L2 shrinks them all.</source>
        <translation>Eine Strafe für große Gewichte: L1 drückt Gewichte auf genau 0, L2 verkleinert sie alle.</translation>
    </message>
    <message>
        <source>Strength of the penalty (lambda). Biases are never penalized.</source>
        <translation>Stärke der Strafe (Lambda). Biases werden nie bestraft.</translation>
    </message>
    <message>
        <source>How the parameters start. All zeros makes every hidden neuron identical.</source>
        <translation>Womit die Parameter beginnen. Lauter Nullen machen alle verborgenen Neuronen gleich.</translation>
    </message>
    <message>
        <source>For constant, uniform and normal initialization: the value, range or spread.</source>
        <translation>Für konstante, gleichverteilte und normalverteilte Initialisierung: der Wert, die Spannweite oder die Streuung.</translation>
    </message>
    <message>
        <source>Random seed for the initial parameters and the shuffling. Same seed, same run.</source>
        <translation>Zufalls-Seed für die Startparameter und das Mischen. Gleicher Seed, gleicher Lauf.</translation>
    </message>
    <message>
        <source>plain SGD</source>
        <translation>reines SGD</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>Linear (Identität)</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Kategoriale Kreuzentropie</translation>
    </message>
    <message>
        <source>Reconstruction error (mean squared)</source>
        <translation>Rekonstruktionsfehler (mittlerer quadratischer)</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Stufenweise</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalverteilt</translation>
    </message>
    <message>
        <source>Glorot (Xavier)</source>
        <translation>Glorot (Xavier)</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Linear regression</source>
        <translation>Lineare Regression</translation>
    </message>
    <message>
        <source>Polynomial regression</source>
        <translation>Polynomiale Regression</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>Softmax regression</source>
        <translation>Softmax-Regression</translation>
    </message>
    <message>
        <source>Neural network</source>
        <translation>Neuronales Netz</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Linear regression: a weighted sum of the inputs plus a bias predicts a number.</source>
        <translation>Lineare Regression: eine gewichtete Summe der Eingaben plus ein Bias sagt eine Zahl vorher.</translation>
    </message>
    <message>
        <source>Polynomial regression: a weighted sum of powers of the inputs, up to a chosen degree.</source>
        <translation>Polynomiale Regression: eine gewichtete Summe von Potenzen der Eingaben bis zu einem gewählten Grad.</translation>
    </message>
    <message>
        <source>Logistic regression: a weighted sum squashed by a sigmoid gives the probability of class 1.</source>
        <translation>Logistische Regression: eine gewichtete Summe, von einer Sigmoidfunktion gestaucht, ergibt die Wahrscheinlichkeit von Klasse 1.</translation>
    </message>
    <message>
        <source>Softmax regression: one weighted sum per class, turned into class probabilities.</source>
        <translation>Softmax-Regression: eine gewichtete Summe pro Klasse, umgewandelt in Klassenwahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>Neural network: layers of neurons, each a weighted sum followed by a non-linear activation.</source>
        <translation>Neuronales Netz: Schichten von Neuronen, jedes eine gewichtete Summe, gefolgt von einer nichtlinearen Aktivierung.</translation>
    </message>
    <message>
        <source>PCA: learns the directions along which the data varies most (a linear autoencoder).</source>
        <translation>PCA: lernt die Richtungen, entlang derer die Daten am stärksten streuen (ein linearer Autoencoder).</translation>
    </message>
    <message>
        <source>Type 0, or move the slider to its left end, to turn it off.</source>
        <translation>Geben Sie 0 ein oder schieben Sie den Regler ganz nach links, um es auszuschalten.</translation>
    </message>
    <message>
        <source>The slider is logarithmic: each tenth of its length multiplies the value by the same factor.</source>
        <translation>Der Schieberegler ist logarithmisch: jedes Zehntel seiner Länge multipliziert den Wert mit demselben Faktor.</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>loss (log scale)</source>
        <translation>Verlust (log.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;A 2-D slice&lt;/b&gt;: the loss as only &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; change; the other %3 parameters are held at their current values. The slice is recomputed when they have moved by 2% or the path leaves it, so its shape changes as training goes on.</source>
        <translation>&lt;b&gt;Ein 2-D-Schnitt&lt;/b&gt;: der Verlust, wenn sich nur &lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt; ändern; die übrigen %3 Parameter bleiben auf ihren aktuellen Werten. Der Schnitt wird neu berechnet, wenn sie sich um 2 % bewegt haben oder der Weg ihn verlässt; seine Form ändert sich also im Laufe des Trainings.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The exact landscape&lt;/b&gt;: this model has only these two parameters, &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;. The arrow is the negative gradient: downhill, across the contour lines.</source>
        <translation>&lt;b&gt;Die exakte Landschaft&lt;/b&gt;: Dieses Modell hat nur diese zwei Parameter, &lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;. Der Pfeil ist der negative Gradient: bergab, quer zu den Höhenlinien.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; now · ○ start · &lt;b&gt;━&lt;/b&gt; path of the optimizer · &lt;b&gt;×&lt;/b&gt; lowest loss on the grid · colour: loss (log scale, dark = low)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; jetzt · ○ Start · &lt;b&gt;━&lt;/b&gt; Weg des Optimierers · &lt;b&gt;×&lt;/b&gt; kleinster Verlust im Gitter · Farbe: Verlust (log. Skala, dunkel = niedrig)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste Berechnung</translation>
    </message>
    <message>
        <source>new pair</source>
        <translation>neues Paar</translation>
    </message>
    <message>
        <source>new data or settings</source>
        <translation>neue Daten oder Einstellungen</translation>
    </message>
    <message>
        <source>the path left the grid</source>
        <translation>der Weg hat das Gitter verlassen</translation>
    </message>
    <message>
        <source>the other parameters moved</source>
        <translation>die übrigen Parameter haben sich bewegt</translation>
    </message>
    <message>
        <source>Exact landscape (2 parameters)</source>
        <translation>Exakte Landschaft (2 Parameter)</translation>
    </message>
    <message>
        <source>Exact landscape</source>
        <translation>Exakte Landschaft</translation>
    </message>
    <message>
        <source>2-D slice: %1 other parameters held</source>
        <translation>2-D-Schnitt: %1 übrige Parameter fest</translation>
    </message>
    <message>
        <source>2-D slice (%1 held)</source>
        <translation>2-D-Schnitt (%1 fest)</translation>
    </message>
    <message>
        <source>The parameter along the horizontal axis (type to search).</source>
        <translation>Der Parameter auf der waagerechten Achse (zum Suchen tippen).</translation>
    </message>
    <message>
        <source>The parameter along the vertical axis (type to search).</source>
        <translation>Der Parameter auf der senkrechten Achse (zum Suchen tippen).</translation>
    </message>
    <message>
        <source>Default pair</source>
        <translation>Standardpaar</translation>
    </message>
    <message>
        <source>Linear regression: its weight and bias. Other models: the first two weights of the selected parameter&apos;s layer.</source>
        <translation>Lineare Regression: ihr Gewicht und ihr Bias. Andere Modelle: die ersten zwei Gewichte der Schicht des ausgewählten Parameters.</translation>
    </message>
    <message>
        <source>horizontal</source>
        <translation>waagerecht</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>senkrecht</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell…</translation>
    </message>
    <message>
        <source>Pick two different parameters.</source>
        <translation>Wählen Sie zwei verschiedene Parameter.</translation>
    </message>
    <message>
        <source>Computing the landscape…</source>
        <translation>Landschaft wird berechnet…</translation>
    </message>
    <message>
        <source>No landscape: %1</source>
        <translation>Keine Landschaft: %1</translation>
    </message>
    <message>
        <source>Grid of %1×%2 computed by the trainer at step %3 in %4 ms (%5). Lowest loss on it: %6 at %7.</source>
        <translation>Gitter von %1×%2, vom Trainer bei Schritt %3 in %4 ms berechnet (%5). Kleinster Verlust darauf: %6 bei %7.</translation>
    </message>
    <message>
        <source> The loss is measured on a fixed sample of %1 of the %2 training points (the shape is the same; exact values differ a little).</source>
        <translation> Der Verlust wird auf einer festen Stichprobe von %1 der %2 Trainingspunkte gemessen (die Form ist dieselbe; die genauen Werte weichen etwas ab).</translation>
    </message>
    <message>
        <source>the model has no parameter %1</source>
        <translation>das Modell hat keinen Parameter %1</translation>
    </message>
    <message>
        <source>%1 has no entry %2 (its shape is %3)</source>
        <translation>%1 hat keinen Eintrag %2 (seine Form ist %3)</translation>
    </message>
    <message>
        <source>pick two different parameters</source>
        <translation>wählen Sie zwei verschiedene Parameter</translation>
    </message>
    <message>
        <source>the grid needs finite, increasing ranges and 2 to 201 points a side</source>
        <translation>das Gitter braucht endliche, aufsteigende Bereiche und 2 bis 201 Punkte je Seite</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Show GradientDesk in this language from its next start.</source>
        <translation>GradientDesk ab dem nächsten Start in dieser Sprache zeigen.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language: %1. It applies when GradientDesk starts again.</source>
        <translation>Sprache: %1. Sie gilt ab dem nächsten Start von GradientDesk.</translation>
    </message>
</context>
<context>
    <name>LessonAuthoring</name>
    <message>
        <source>Save as &amp;lesson…</source>
        <translation>Als &amp;Lektion speichern…</translation>
    </message>
    <message>
        <source>Make a lesson of what the window shows: its points, model and settings, with your title, goal and steps (each step may show a view or change a setting when the learner presses Next step).</source>
        <translation>Aus dem, was das Fenster zeigt, eine Lektion machen: seine Punkte, sein Modell und seine Einstellungen, mit Ihrem Titel, Ziel und Ihren Schritten (jeder Schritt kann eine Ansicht zeigen oder eine Einstellung ändern, wenn die Lernenden „Nächster Schritt“ drücken).</translation>
    </message>
    <message>
        <source>Open lesson &amp;folder…</source>
        <translation>Lektions&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Add a folder of your own lesson files (.md) to this menu and to the start page.</source>
        <translation>Einen Ordner mit eigenen Lektionsdateien (.md) zu diesem Menü und zur Startseite hinzufügen.</translation>
    </message>
    <message>
        <source>Your lessons</source>
        <translation>Eigene Lektionen</translation>
    </message>
    <message>
        <source>Saved the lesson %1: open it with Lessons → Open lesson folder… or give the file to your class.</source>
        <translation>Lektion %1 gespeichert: Öffnen Sie sie mit Lektionen → Lektionsordner öffnen… oder geben Sie die Datei Ihrer Klasse.</translation>
    </message>
    <message>
        <source>Save the lesson as</source>
        <translation>Lektion speichern unter</translation>
    </message>
    <message>
        <source>Lesson (*.md)</source>
        <translation>Lektion (*.md)</translation>
    </message>
    <message>
        <source>Open a folder of lessons</source>
        <translation>Einen Ordner mit Lektionen öffnen</translation>
    </message>
    <message>
        <source>Lessons in %1</source>
        <translation>Lektionen in %1</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (lässt sich nicht öffnen)</translation>
    </message>
    <message>
        <source>No lesson files (.md) in this folder</source>
        <translation>Keine Lektionsdateien (.md) in diesem Ordner</translation>
    </message>
    <message>
        <source>1 lesson from %1; %2 with a mistake (see their tooltips).</source>
        <translation>1 Lektion aus %1; %2 mit einem Fehler (siehe ihre Tooltips).</translation>
    </message>
    <message>
        <source>1 lesson from %1.</source>
        <translation>1 Lektion aus %1.</translation>
    </message>
    <message>
        <source>%1 lessons from %2; %3 with a mistake (see their tooltips).</source>
        <translation>%1 Lektionen aus %2; %3 mit einem Fehler (siehe ihre Tooltips).</translation>
    </message>
    <message>
        <source>%1 lessons from %2.</source>
        <translation>%1 Lektionen aus %2.</translation>
    </message>
    <message>
        <source>Press Play (Space) and watch the Loss plot.</source>
        <translation>Drücken Sie Start (Leertaste) und beobachten Sie das Verlust-Diagramm.</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(keine Änderung)</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <source>The lesson&apos;s title in the Lessons menu and on the start page.</source>
        <translation>Der Titel der Lektion im Menü Lektionen und auf der Startseite.</translation>
    </message>
    <message>
        <source>What the learner should understand afterwards, in one or two sentences.</source>
        <translation>Was die Lernenden danach verstanden haben sollen, in ein oder zwei Sätzen.</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> Schritte/s</translation>
    </message>
    <message>
        <source>The training speed the lesson sets (slow enough to watch each step).</source>
        <translation>Das Trainingstempo, das die Lektion einstellt (langsam genug, um jedem Schritt zu folgen).</translation>
    </message>
    <message>
        <source>The view the stage shows when the lesson opens.</source>
        <translation>Die Ansicht, die die Bühne zeigt, wenn sich die Lektion öffnet.</translation>
    </message>
    <message>
        <source>The steps in order; select one to edit it.</source>
        <translation>Die Schritte der Reihe nach; einen auswählen, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>What the learner does and what they should notice.</source>
        <translation>Was die Lernenden tun und was ihnen auffallen soll.</translation>
    </message>
    <message>
        <source>Next step shows this view on reaching the step.</source>
        <translation>„Nächster Schritt“ zeigt diese Ansicht, wenn der Schritt erreicht ist.</translation>
    </message>
    <message>
        <source>Next step sets this hyperparameter on reaching the step.</source>
        <translation>„Nächster Schritt“ stellt diesen Hyperparameter ein, wenn der Schritt erreicht ist.</translation>
    </message>
    <message>
        <source>value, e.g. 0.05</source>
        <translation>Wert, z. B. 0.05</translation>
    </message>
    <message>
        <source>then Reset</source>
        <translation>dann Zurücksetzen</translation>
    </message>
    <message>
        <source>Next step also resets the run (fresh parameters from the seed).</source>
        <translation>„Nächster Schritt“ setzt auch den Lauf zurück (neue Parameter aus dem Seed).</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>What you should see (optional): the result the steps lead to.</source>
        <translation>Was Sie sehen sollten (optional): das Ergebnis, zu dem die Schritte führen.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Next step shows</source>
        <translation>„Nächster Schritt“ zeigt</translation>
    </message>
    <message>
        <source>and sets</source>
        <translation>und stellt ein</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>step %1: %2 %3 is refused: %4</source>
        <translation>Schritt %1: %2 %3 wird abgelehnt: %4</translation>
    </message>
    <message>
        <source>step %1 has no text</source>
        <translation>Schritt %1 hat keinen Text</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>die Lektion braucht einen Titel</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: cannot write %1: %2</source>
        <translation>Nicht gespeichert: %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>the %1 preset (%2 points, seed %3)</source>
        <translation>dem Datensatz %1 (%2 Punkte, Seed %3)</translation>
    </message>
    <message>
        <source>these %1 points, in a CSV file beside the lesson</source>
        <translation>diesen %1 Punkten, in einer CSV-Datei neben der Lektion</translation>
    </message>
    <message>
        <source>the default settings</source>
        <translation>die Standardeinstellungen</translation>
    </message>
    <message>
        <source>The lesson opens with %1 and the model as set now (%2), from fresh parameters. It says only what you write here.</source>
        <translation>Die Lektion öffnet sich mit %1 und dem Modell, wie es jetzt eingestellt ist (%2), mit neuen Parametern. Sie sagt nur, was Sie hier schreiben.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>No lesson is open. Choose one in the Lessons menu.</source>
        <translation>Keine Lektion ist geöffnet. Wählen Sie eine im Menü Lektionen.</translation>
    </message>
    <message>
        <source>All steps done — on to the next lesson!</source>
        <translation>Alle Schritte erledigt — weiter zur nächsten Lektion!</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Tick the step when you have done it.</source>
        <translation>Haken Sie den Schritt ab, wenn Sie ihn erledigt haben.</translation>
    </message>
    <message>
        <source>Steps (tick each one when done)</source>
        <translation>Schritte (jeden abhaken, wenn erledigt)</translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation>Nächster Schritt ▶</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorherige</translation>
    </message>
    <message>
        <source>Open the previous lesson.</source>
        <translation>Die vorherige Lektion öffnen.</translation>
    </message>
    <message>
        <source>All lessons…</source>
        <translation>Alle Lektionen…</translation>
    </message>
    <message>
        <source>Show every lesson with its goal.</source>
        <translation>Jede Lektion mit ihrem Ziel zeigen.</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Nächste Lektion ▶</translation>
    </message>
    <message>
        <source>Open the next lesson.</source>
        <translation>Die nächste Lektion öffnen.</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Lektion ohne Titel</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lektion %1 von %2</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you should see:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Was Sie sehen sollten:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>&amp;All lessons…</source>
        <translation>&amp;Alle Lektionen…</translation>
    </message>
    <message>
        <source>Every lesson with its goal: choose one to set it up.</source>
        <translation>Jede Lektion mit ihrem Ziel: eine wählen, um sie einzurichten.</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>The lessons, free play with the preset datasets, recent files.</source>
        <translation>Die Lektionen, freies Ausprobieren mit den fertigen Datensätzen, zuletzt geöffnete Dateien.</translation>
    </message>
    <message>
        <source>No lessons installed</source>
        <translation>Keine Lektionen installiert</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>&amp;Vorherige Lektion</translation>
    </message>
    <message>
        <source>Open the previous lesson.</source>
        <translation>Die vorherige Lektion öffnen.</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Nächste Lektion</translation>
    </message>
    <message>
        <source>Open the next lesson.</source>
        <translation>Die nächste Lektion öffnen.</translation>
    </message>
    <message>
        <source>Show the Lesson &amp;panel</source>
        <translation>Lektions&amp;bereich zeigen</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: </source>
        <translation>Lektion %1 von %2: </translation>
    </message>
    <message>
        <source>Lesson: </source>
        <translation>Lektion: </translation>
    </message>
    <message>
        <source>the file has no lesson text</source>
        <translation>die Datei enthält keinen Lektionstext</translation>
    </message>
    <message>
        <source>The lesson &apos;%1&apos; cannot be opened: %2</source>
        <translation>Die Lektion „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 Follow the steps in the Lesson panel.</source>
        <translation>%1 Folgen Sie den Schritten im Lektionsbereich.</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Die Lektion lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>%1 must be a number between -1,000,000 and 1,000,000; got %2</source>
        <translation>%1 muss eine Zahl zwischen -1.000.000 und 1.000.000 sein; angegeben: %2</translation>
    </message>
    <message>
        <source>%1 must be numbers between -1,000,000 and 1,000,000; found %2</source>
        <translation>%1 müssen Zahlen zwischen -1.000.000 und 1.000.000 sein; gefunden: %2</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>data changed</source>
        <translation>Daten geändert</translation>
    </message>
    <message>
        <source>The data changed here; the parameters were kept. The losses after this line are measured on the new data.</source>
        <translation>Hier haben sich die Daten geändert; die Parameter blieben erhalten. Die Verluste nach dieser Linie werden auf den neuen Daten gemessen.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>Training diverged here: the loss ran away (the part above the plot is cut off). The model shown is the last one with finite parameters, from before this line.</source>
        <translation>Hier ist das Training divergiert: Der Verlust ist davongelaufen (der Teil über dem Diagramm ist abgeschnitten). Das gezeigte Modell ist das letzte mit endlichen Parametern, von vor dieser Linie.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>erklärte Varianz</translation>
    </message>
    <message>
        <source>far worse than predicting the mean</source>
        <translation>weit schlechter als den Mittelwert vorherzusagen</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>Trainingsverlust %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>Testverlust %1</translation>
    </message>
    <message>
        <source>test %1 %2</source>
        <translation>Test-%1 %2</translation>
    </message>
    <message>
        <source>train %1 %2</source>
        <translation>Trainings-%1 %2</translation>
    </message>
    <message>
        <source>diverged at step %1 · before it: </source>
        <translation>bei Schritt %1 divergiert · davor: </translation>
    </message>
    <message>
        <source>test %1 = %2: below %3, the model&apos;s error is over %4 times that of predicting the mean of the targets.</source>
        <translation>Test-%1 = %2: Unter %3 ist der Fehler des Modells mehr als %4-mal so groß wie der, den Mittelwert der Ziele vorherzusagen.</translation>
    </message>
    <message>
        <source>train %1 = %2: below %3, the model&apos;s error is over %4 times that of predicting the mean of the targets.</source>
        <translation>Trainings-%1 = %2: Unter %3 ist der Fehler des Modells mehr als %4-mal so groß wie der, den Mittelwert der Ziele vorherzusagen.</translation>
    </message>
    <message>
        <source>Estimated on %1 of %2 training points while training runs (exact when paused).</source>
        <translation>Geschätzt auf %1 von %2 Trainingspunkten, solange das Training läuft (exakt, wenn pausiert).</translation>
    </message>
    <message>
        <source>Estimated on %1 of %2 training and %3 of %4 test points while training runs (exact when paused).</source>
        <translation>Geschätzt auf %1 von %2 Trainings- und %3 von %4 Testpunkten, solange das Training läuft (exakt, wenn pausiert).</translation>
    </message>
    <message>
        <source>No training yet: press Play or Step.</source>
        <translation>Noch kein Training: Drücken Sie Start oder Schritt.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: small losses stay visible.</source>
        <translation>Den Verlust auf einer logarithmischen Achse zeigen: kleine Verluste bleiben sichtbar.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Off the scale: the loss ran away here (training diverged).</source>
        <translation>Außerhalb der Skala: Der Verlust ist hier davongelaufen (das Training ist divergiert).</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <source>A softmax output gives class probabilities; for numbers use a linear output.</source>
        <translation>Eine Softmax-Ausgabe liefert Klassenwahrscheinlichkeiten; für Zahlen verwenden Sie eine lineare Ausgabe.</translation>
    </message>
    <message>
        <source>Cross-entropy compares class probabilities; for numbers use mean squared error.</source>
        <translation>Die Kreuzentropie vergleicht Klassenwahrscheinlichkeiten; für Zahlen verwenden Sie den mittleren quadratischen Fehler.</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs a sigmoid output and two classes; set the output activation to sigmoid (or auto), or the loss to auto.</source>
        <translation>Die binäre Kreuzentropie braucht eine Sigmoid-Ausgabe und zwei Klassen; stellen Sie die Ausgabeaktivierung auf Sigmoid (oder auto) oder den Verlust auf auto.</translation>
    </message>
    <message>
        <source>Categorical cross-entropy needs a softmax output; set the output activation to softmax (or auto), or the loss to auto.</source>
        <translation>Die kategoriale Kreuzentropie braucht eine Softmax-Ausgabe; stellen Sie die Ausgabeaktivierung auf Softmax (oder auto) oder den Verlust auf auto.</translation>
    </message>
    <message>
        <source>%1 cannot use the loss %2; choose one of %3.</source>
        <translation>%1 kann den Verlust %2 nicht verwenden; wählen Sie einen von: %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Space	Play / pause
Right	One step (one minibatch)
Shift+Right	Finish the epoch
R	Reset the parameters (same seed, same start)
Ctrl+Z / Ctrl+Shift+Z	Undo / redo a data edit
Left drag	Draw points
Right drag	Erase points
Ctrl+1 … Ctrl+7	Show a view on the stage (diagram, weight maps, traces, update, landscape, forward pass, scale)
Ctrl+0	Canvas beside the view, or the view alone
Ctrl+9	All views at once
Ctrl+Shift+C	Compare runs
N	Next step of a lesson
F5	Presentation mode
Ctrl+Q	Quit</source>
        <translation>Leertaste	Start / Pause
Rechts	Ein Schritt (ein Minibatch)
Umschalt+Rechts	Die Epoche abschließen
R	Die Parameter zurücksetzen (gleicher Seed, gleicher Start)
Strg+Z / Strg+Umschalt+Z	Eine Datenänderung rückgängig machen / wiederholen
Ziehen mit links	Punkte zeichnen
Ziehen mit rechts	Punkte radieren
Strg+1 … Strg+7	Eine Ansicht auf der Bühne zeigen (Diagramm, Gewichtskarten, Verläufe, Update, Landschaft, Vorwärtsdurchlauf, Größe)
Strg+0	Zeichenfläche neben der Ansicht, oder die Ansicht allein
Strg+9	Alle Ansichten auf einmal
Strg+Umschalt+C	Läufe vergleichen
N	Nächster Schritt einer Lektion
F5	Präsentationsmodus
Strg+Q	Beenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;GradientDesk&lt;/b&gt;&lt;p&gt;See a model learn: gradient descent moves every weight and bias, live.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Parameters&lt;/b&gt; (weights, biases) are learned. &lt;b&gt;Hyperparameters&lt;/b&gt; (learning rate, layers, batch size, ...) are chosen by you, before training.&lt;/p&gt;</source>
        <translation>&lt;b&gt;GradientDesk&lt;/b&gt;&lt;p&gt;Sehen Sie einem Modell beim Lernen zu: Der Gradientenabstieg bewegt jedes Gewicht und jeden Bias, live.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Parameter&lt;/b&gt; (Gewichte, Biases) werden gelernt. &lt;b&gt;Hyperparameter&lt;/b&gt; (Lernrate, Schichten, Batchgröße, ...) wählen Sie selbst, vor dem Training.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Verlustdiagramm</translation>
    </message>
    <message>
        <source>Scale ladder</source>
        <translation>Größenleiter</translation>
    </message>
    <message>
        <source>Press Play (Space) to train, or draw points on the canvas.</source>
        <translation>Drücken Sie Start (Leertaste), um zu trainieren, oder zeichnen Sie Punkte auf die Zeichenfläche.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close GradientDesk (training stops).</source>
        <translation>GradientDesk schließen (das Training endet).</translation>
    </message>
    <message>
        <source>&amp;Clear all points</source>
        <translation>&amp;Alle Punkte löschen</translation>
    </message>
    <message>
        <source>Remove every point from the canvas (undoable).</source>
        <translation>Alle Punkte von der Zeichenfläche entfernen (rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back where it started.</source>
        <translation>Jedes Fenster an seinen Ausgangsplatz zurücksetzen.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About GradientDesk</source>
        <translation>Ü&amp;ber GradientDesk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About GradientDesk</source>
        <translation>Über GradientDesk</translation>
    </message>
    <message>
        <source>%1[*] — GradientDesk — %2</source>
        <translation>%1[*] — GradientDesk — %2</translation>
    </message>
    <message>
        <source>Finishing the current computation…</source>
        <translation>Die laufende Berechnung wird beendet…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>E&amp;xperimente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>ModelTexts</name>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>%1: a scaled Legendre polynomial of x/6, a well-conditioned stand-in for the power %2</source>
        <translation>%1: ein skaliertes Legendre-Polynom von x/6, ein gut konditionierter Ersatz für die Potenz %2</translation>
    </message>
    <message>
        <source>%1: computed from the point&apos;s coordinates</source>
        <translation>%1: aus den Koordinaten des Punkts berechnet</translation>
    </message>
    <message>
        <source>Layer %1 (hidden, %2 neurons)</source>
        <translation>Schicht %1 (verborgen, %2 Neuronen)</translation>
    </message>
    <message>
        <source>Layer %1 (hidden, %2 neuron)</source>
        <translation>Schicht %1 (verborgen, %2 Neuron)</translation>
    </message>
    <message>
        <source>Layer %1 (output, %2 neurons)</source>
        <translation>Schicht %1 (Ausgabe, %2 Neuronen)</translation>
    </message>
    <message>
        <source>Layer %1 (output, %2 neuron)</source>
        <translation>Schicht %1 (Ausgabe, %2 Neuron)</translation>
    </message>
    <message>
        <source>Encode (%1 components)</source>
        <translation>Kodieren (%1 Komponenten)</translation>
    </message>
    <message>
        <source>Encode (%1 component)</source>
        <translation>Kodieren (%1 Komponente)</translation>
    </message>
    <message>
        <source>Decode (reconstruction)</source>
        <translation>Dekodieren (Rekonstruktion)</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>quadratischer Fehler</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>reconstruction error</source>
        <translation>Rekonstruktionsfehler</translation>
    </message>
    <message>
        <source>the weight (or bias): after the step on the left of ←, before it on the right</source>
        <translation>das Gewicht (oder der Bias): links von ← nach dem Schritt, rechts davor</translation>
    </message>
    <message>
        <source>&apos;becomes&apos;: the value after this step</source>
        <translation>„wird zu“: der Wert nach diesem Schritt</translation>
    </message>
    <message>
        <source>the learning rate of this step</source>
        <translation>die Lernrate dieses Schritts</translation>
    </message>
    <message>
        <source>the gradient of the loss on this step&apos;s minibatch: how the loss changes with w</source>
        <translation>der Gradient des Verlusts auf dem Minibatch dieses Schritts: wie sich der Verlust mit w ändert</translation>
    </message>
    <message>
        <source>the gradient the optimizer uses: ∂L/∂w plus the penalty&apos;s gradient</source>
        <translation>der Gradient, den der Optimierer verwendet: ∂L/∂w plus der Gradient des Strafterms</translation>
    </message>
    <message>
        <source>the regularization strength; L2 adds λ·w to the gradient, L1 adds λ·sign(w); biases never</source>
        <translation>die Stärke der Regularisierung; L2 addiert λ·w zum Gradienten, L1 addiert λ·sign(w); bei Biases nie</translation>
    </message>
    <message>
        <source>the velocity: a running sum of past gradients, each step shrunk by μ</source>
        <translation>die Geschwindigkeit: eine laufende Summe früherer Gradienten, bei jedem Schritt mit μ verkleinert</translation>
    </message>
    <message>
        <source>the momentum: how much of the velocity is kept</source>
        <translation>das Momentum: wie viel von der Geschwindigkeit erhalten bleibt</translation>
    </message>
    <message>
        <source>the momentum; Nesterov steps along g + μ·v, a look ahead</source>
        <translation>das Momentum; Nesterov schreitet entlang g + μ·v, ein Blick voraus</translation>
    </message>
    <message>
        <source>the sum of all squared gradients so far: frequently large gradients get small steps</source>
        <translation>die Summe aller bisherigen quadrierten Gradienten: oft große Gradienten bekommen kleine Schritte</translation>
    </message>
    <message>
        <source>a tiny number that avoids dividing by zero</source>
        <translation>eine winzige Zahl, die eine Division durch null verhindert</translation>
    </message>
    <message>
        <source>a running mean of squared gradients</source>
        <translation>ein gleitendes Mittel der quadrierten Gradienten</translation>
    </message>
    <message>
        <source>how much of s is kept each step</source>
        <translation>wie viel von s bei jedem Schritt erhalten bleibt</translation>
    </message>
    <message>
        <source>running mean of gradients (the momentum part)</source>
        <translation>gleitendes Mittel der Gradienten (der Momentum-Teil)</translation>
    </message>
    <message>
        <source>running mean of squared gradients (the step-size part)</source>
        <translation>gleitendes Mittel der quadrierten Gradienten (der Schrittweiten-Teil)</translation>
    </message>
    <message>
        <source>how much of m and v is kept each step</source>
        <translation>wie viel von m und v bei jedem Schritt erhalten bleibt</translation>
    </message>
    <message>
        <source>m and v corrected for starting at 0: divided by 1 − βᵗ</source>
        <translation>m und v, korrigiert dafür, dass sie bei 0 beginnen: geteilt durch 1 − βᵗ</translation>
    </message>
    <message>
        <source>the number of steps Adam has taken</source>
        <translation>die Anzahl der Schritte, die Adam bisher gemacht hat</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>every point is in the test split: move some points to the training split</source>
        <translation>alle Punkte sind in der Testaufteilung: verschieben Sie einige Punkte in die Trainingsaufteilung</translation>
    </message>
    <message>
        <source>the training points contain only one class (%1): a classifier needs points of at least two classes</source>
        <translation>die Trainingspunkte enthalten nur eine Klasse (%1): ein Klassifikator braucht Punkte aus mindestens zwei Klassen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Going back (unticking a step) does not undo it.</source>
        <translation>Zurückgehen (einen Haken entfernen) macht das nicht rückgängig.</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>Nächster &amp;Schritt</translation>
    </message>
    <message>
        <source>All %1 steps done</source>
        <translation>Alle %1 Schritte erledigt</translation>
    </message>
    <message>
        <source>Done for you by Next step: %1.</source>
        <translation>Von „Nächster Schritt“ für Sie erledigt: %1.</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Schritt %1: %2.</translation>
    </message>
    <message>
        <source>Step %1.</source>
        <translation>Schritt %1.</translation>
    </message>
    <message>
        <source>showed the %1</source>
        <translation>%1 gezeigt</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>eingestellt: %1</translation>
    </message>
    <message>
        <source>could not set %1 (see the status bar)</source>
        <translation>konnte nicht einstellen: %1 (siehe Statusleiste)</translation>
    </message>
    <message>
        <source>Next step (%1)</source>
        <translation>Nächster Schritt (%1)</translation>
    </message>
    <message>
        <source>%1: open a lesson first.</source>
        <translation>%1: Öffnen Sie zuerst eine Lektion.</translation>
    </message>
    <message>
        <source>%1: every step is ticked.</source>
        <translation>%1: Jeder Schritt ist abgehakt.</translation>
    </message>
    <message>
        <source>%1: tick step %2, the last one.</source>
        <translation>%1: Schritt %2 abhaken, den letzten.</translation>
    </message>
    <message>
        <source>Next: %1.
%2</source>
        <translation>Danach: %1.
%2</translation>
    </message>
    <message>
        <source>It changes nothing for you: the step says what to do.</source>
        <translation>Es ändert nichts für Sie: Der Schritt sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>%1: tick step %2 and go on to step %3.
%4</source>
        <translation>%1: Schritt %2 abhaken und weiter zu Schritt %3.
%4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>show the %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>set %1 to %2</source>
        <translation>%1 auf %2 einstellen</translation>
    </message>
</context>
<context>
    <name>NumberEntry</name>
    <message>
        <source>Not changed: %1.</source>
        <translation>Nicht geändert: %1.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>with at most %1 decimals</source>
        <translation>mit höchstens %1 Nachkommastellen</translation>
    </message>
    <message>
        <source>or 0 to turn it off</source>
        <translation>oder 0 zum Ausschalten</translation>
    </message>
    <message>
        <source>or &apos;%1&apos;</source>
        <translation>oder „%1“</translation>
    </message>
    <message>
        <source>%1 must be %2; got %3</source>
        <translation>%1: erlaubt ist %2; eingegeben: %3</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>PCA</name>
    <message>
        <source>PCA on %1-D data can keep between 1 and %2 components; got %3</source>
        <translation>PCA auf %1-dimensionalen Daten kann zwischen 1 und %2 Komponenten behalten; erhalten: %3</translation>
    </message>
</context>
<context>
    <name>ParameterEdits</name>
    <message>
        <source>Not changed: %1.</source>
        <translation>Nicht geändert: %1.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>there is no model yet.</source>
        <translation>es gibt noch kein Modell.</translation>
    </message>
    <message>
        <source>%1 was not changed: the model&apos;s structure changed after it was picked (it is now %2).</source>
        <translation>%1 wurde nicht geändert: Die Struktur des Modells hat sich geändert, nachdem er ausgewählt wurde (sie ist jetzt %2).</translation>
    </message>
    <message>
        <source>%1 was not changed: the model has no such parameter.</source>
        <translation>%1 wurde nicht geändert: Das Modell hat keinen solchen Parameter.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>PCA with %1 of %2 components: %3 weights + %4 centre = %5 parameters</source>
        <translation>PCA mit %1 von %2 Komponenten: %3 Gewichte + %4 Zentrum = %5 Parameter</translation>
    </message>
    <message>
        <source>%1 network: %2 = %3 parameters</source>
        <translation>%1-Netz: %2 = %3 Parameter</translation>
    </message>
    <message>
        <source>%1 network: %2 parameters</source>
        <translation>%1-Netz: %2 Parameter</translation>
    </message>
    <message>
        <source>%1 model: %2 = %3 parameters</source>
        <translation>%1-Modell: %2 = %3 Parameter</translation>
    </message>
    <message>
        <source>%1 model: %2 parameters</source>
        <translation>%1-Modell: %2 Parameter</translation>
    </message>
    <message>
        <source>No parameters yet.</source>
        <translation>Noch keine Parameter.</translation>
    </message>
    <message>
        <source>How many numbers gradient descent adjusts, and how many each layer holds (weights plus biases).</source>
        <translation>Wie viele Zahlen der Gradientenabstieg anpasst und wie viele jede Schicht enthält (Gewichte plus Biases).</translation>
    </message>
    <message>
        <source>Filter, e.g. dense2 or .b</source>
        <translation>Filter, z. B. dense2 oder .b</translation>
    </message>
    <message>
        <source>Show only the parameters whose name contains this text: dense2 for the second layer, .b for the biases, .W[0, for the weights into neuron 0.</source>
        <translation>Nur die Parameter zeigen, deren Name diesen Text enthält: dense2 für die zweite Schicht, .b für die Biases, .W[0, für die Gewichte in Neuron 0.</translation>
    </message>
</context>
<context>
    <name>ParameterTable</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The parameter&apos;s name: layer, W (weight) or b (bias), and its position [neuron, input].</source>
        <translation>Der Name des Parameters: Schicht, W (Gewicht) oder b (Bias) und seine Position [Neuron, Eingabe].</translation>
    </message>
    <message>
        <source>The current value. Gradient descent changes it a little at every step.</source>
        <translation>Der aktuelle Wert. Der Gradientenabstieg ändert ihn bei jedem Schritt ein wenig.</translation>
    </message>
    <message>
        <source>dL/dw: how much the loss grows when this parameter grows a little (on the last minibatch, penalty included). The optimizer steps against it.</source>
        <translation>dL/dw: wie stark der Verlust wächst, wenn dieser Parameter ein wenig wächst (auf dem letzten Minibatch, Strafterm eingeschlossen). Der Optimierer macht seinen Schritt in die Gegenrichtung.</translation>
    </message>
    <message>
        <source>The change the last step applied to this parameter (plain SGD: −learning rate × gradient).</source>
        <translation>Die Änderung, die der letzte Schritt an diesem Parameter vorgenommen hat (reines SGD: −Lernrate × Gradient).</translation>
    </message>
    <message>
        <source>Value of %1: %2</source>
        <translation>Wert von %1: %2</translation>
    </message>
    <message>
        <source>Gradient of %1: %2</source>
        <translation>Gradient von %1: %2</translation>
    </message>
    <message>
        <source>Last update of %1: %2</source>
        <translation>Letzte Änderung von %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>neuron %1 of layer %2</source>
        <translation>Neuron %1 von Schicht %2</translation>
    </message>
    <message>
        <source>output neuron for class %1 (layer %2)</source>
        <translation>Ausgabeneuron für Klasse %1 (Schicht %2)</translation>
    </message>
    <message>
        <source>output neuron %1 (layer %2)</source>
        <translation>Ausgabeneuron %1 (Schicht %2)</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>weight of %1 in %2 (a column of W is one learned direction)</source>
        <translation>Gewicht von %1 in %2 (eine Spalte von W ist eine gelernte Richtung)</translation>
    </message>
    <message>
        <source>weight from %1 to %2</source>
        <translation>Gewicht von %1 zu %2</translation>
    </message>
    <message>
        <source>bias of %1</source>
        <translation>Bias von %1</translation>
    </message>
    <message>
        <source>centre of %1 (the data are shifted by it before projecting)</source>
        <translation>Zentrum von %1 (die Daten werden vor der Projektion darum verschoben)</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large fonts, thick lines and full screen for a classroom (F5; Esc or F5 leaves).</source>
        <translation>Große Schrift, dicke Linien und Vollbild für das Klassenzimmer (F5; Esc oder F5 beendet ihn).</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Presentation &amp;options…</source>
        <translation>Präsentations&amp;optionen…</translation>
    </message>
    <message>
        <source>Size, full screen, hiding of advanced controls, high contrast.</source>
        <translation>Größe, Vollbild, Ausblenden fortgeschrittener Einstellungen, hoher Kontrast.</translation>
    </message>
    <message>
        <source>Presentation options</source>
        <translation>Präsentationsoptionen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Hide advanced controls (data tools, parameter table, traces)</source>
        <translation>Fortgeschrittene Einstellungen ausblenden (Datenwerkzeuge, Parametertabelle, Verläufe)</translation>
    </message>
    <message>
        <source>Leave the canvas, the loss and the hyperparameters: less to read on a projector. Everything comes back when presentation mode ends.</source>
        <translation>Nur die Zeichenfläche, den Verlust und die Hyperparameter lassen: weniger zu lesen auf einem Projektor. Alles kommt zurück, wenn der Präsentationsmodus endet.</translation>
    </message>
    <message>
        <source>High contrast (black text and axes, bold labels, thicker lines)</source>
        <translation>Hoher Kontrast (schwarzer Text und Achsen, fette Beschriftungen, dickere Linien)</translation>
    </message>
    <message>
        <source>For a washed-out projector in a lit room: dark on white reads best. The class colours stay the same (colour-blind safe).</source>
        <translation>Für einen blassen Projektor in einem hellen Raum: Dunkel auf Weiß liest sich am besten. Die Klassenfarben bleiben gleich (farbenblind-sicher).</translation>
    </message>
    <message>
        <source>The size</source>
        <translation>Die Größe</translation>
    </message>
    <message>
        <source>Fonts, lines and points are this many times as large as on a desk.</source>
        <translation>Schrift, Linien und Punkte sind so viele Male so groß wie am Schreibtisch.</translation>
    </message>
    <message>
        <source>Presentation mode (F5) is for the front of a classroom. Esc or F5 leaves it.</source>
        <translation>Der Präsentationsmodus (F5) ist für die Präsentation vor einer Klasse gedacht. Esc oder F5 beendet ihn.</translation>
    </message>
    <message>
        <source>Size of fonts, lines and points:</source>
        <translation>Größe von Schrift, Linien und Punkten:</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>Nicht geändert: %1.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Gaussians</source>
        <translation>Gauß-Wolken</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Xor</source>
        <translation>Xor</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>Kleckse</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>Polynomial</source>
        <translation>Polynom</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Wolke</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Unsupervised (PCA)</source>
        <translation>Unüberwacht (PCA)</translation>
    </message>
    <message>
        <source>Two Gaussian clouds: separable by a straight line.</source>
        <translation>Zwei Gauß-Wolken: durch eine Gerade trennbar.</translation>
    </message>
    <message>
        <source>A disc inside a ring: needs a curved boundary.</source>
        <translation>Eine Scheibe in einem Ring: braucht eine gekrümmte Grenze.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: no single line separates them.</source>
        <translation>Gegenüberliegende Quadranten teilen eine Klasse: keine einzelne Gerade trennt sie.</translation>
    </message>
    <message>
        <source>Two interleaved spirals: hard, needs a deeper network.</source>
        <translation>Zwei ineinander verschlungene Spiralen: schwer, braucht ein tieferes Netz.</translation>
    </message>
    <message>
        <source>Two interleaving half circles.</source>
        <translation>Zwei ineinandergreifende Halbkreise.</translation>
    </message>
    <message>
        <source>Three Gaussian clouds: three classes for softmax.</source>
        <translation>Drei Gauß-Wolken: drei Klassen für Softmax.</translation>
    </message>
    <message>
        <source>Points near a straight line y = 0.6 x + 1.</source>
        <translation>Punkte nahe der Geraden y = 0.6 x + 1.</translation>
    </message>
    <message>
        <source>Points near a sine wave.</source>
        <translation>Punkte nahe einer Sinuskurve.</translation>
    </message>
    <message>
        <source>Points near a cubic curve.</source>
        <translation>Punkte nahe einer kubischen Kurve.</translation>
    </message>
    <message>
        <source>A jump from -2 to 2 at x = 0.</source>
        <translation>Ein Sprung von -2 auf 2 bei x = 0.</translation>
    </message>
    <message>
        <source>Heights on a tilted plane over two inputs.</source>
        <translation>Höhen auf einer geneigten Ebene über zwei Eingaben.</translation>
    </message>
    <message>
        <source>An elongated cloud for PCA: one long and one short direction.</source>
        <translation>Eine längliche Wolke für PCA: eine lange und eine kurze Richtung.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Use the suggested learning rate and start again from fresh parameters.</source>
        <translation>Die vorgeschlagene Lernrate verwenden und mit neuen Parametern neu beginnen.</translation>
    </message>
    <message>
        <source>Reset parameters</source>
        <translation>Parameter zurücksetzen</translation>
    </message>
    <message>
        <source>Start again from fresh parameters (R). The data are kept.</source>
        <translation>Mit neuen Parametern neu beginnen (R). Die Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Use learning rate %1 and reset</source>
        <translation>Lernrate %1 verwenden und zurücksetzen</translation>
    </message>
</context>
<context>
    <name>RememberedHyperparameters</name>
    <message>
        <source>not text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>The remembered hyperparameters were ignored (%1); the default example opened instead.</source>
        <translation>Die gemerkten Hyperparameter wurden ignoriert (%1); stattdessen wurde das Standardbeispiel geöffnet.</translation>
    </message>
</context>
<context>
    <name>RestorePrompt</name>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>GradientDesk did not close properly last time.</source>
        <translation>GradientDesk wurde beim letzten Mal nicht richtig beendet.</translation>
    </message>
    <message>
        <source>Unsaved work from %1 was kept:
%2

Restore it?</source>
        <translation>Ungespeicherte Arbeit von %1 wurde aufbewahrt:
%2

Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>An autosave could not be read (%1); it was kept as %2.</source>
        <translation>Eine automatische Sicherung ließ sich nicht lesen (%1); sie wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The unsaved work from last time was discarded.</source>
        <translation>Die ungespeicherte Arbeit vom letzten Mal wurde verworfen.</translation>
    </message>
    <message>
        <source>The autosave could not be opened (%1); it was kept as %2.</source>
        <translation>Die automatische Sicherung ließ sich nicht öffnen (%1); sie wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Unsaved work from last time was restored.</source>
        <translation>Die ungespeicherte Arbeit vom letzten Mal wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Weicht ab in</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Only the current run so far. Experiments → Compare runs… (%1) or Sweep a hyperparameter… add runs here, listed while their dialog is open.</source>
        <translation>Bisher nur der aktuelle Lauf. Experimente → Läufe vergleichen… (%1) oder Hyperparameter durchlaufen… fügen hier Läufe hinzu, aufgelistet, solange ihr Dialog offen ist.</translation>
    </message>
    <message>
        <source>Remove the run.</source>
        <translation>Den Lauf entfernen.</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Lauf entfernen</translation>
    </message>
    <message>
        <source>Current run</source>
        <translation>Aktueller Lauf</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>init scale</source>
        <translation>Init.-Skala</translation>
    </message>
    <message>
        <source>The run&apos;s name and colour, the same in every plot: the main window&apos;s run in the training blue; compared runs A-D in their colours; a sweep&apos;s runs by their swept value, coloured as in the sweep&apos;s plot (best green, diverged vermillion).</source>
        <translation>Name und Farbe des Laufs, in jedem Diagramm gleich: der Lauf des Hauptfensters im Trainingsblau; verglichene Läufe A-D in ihren Farben; die Läufe eines Durchlaufs nach ihrem Wert, gefärbt wie im Diagramm des Durchlaufs (der beste grün, divergierte zinnoberrot).</translation>
    </message>
    <message>
        <source>The hyperparameters in which this run differs from the main window&apos;s current run (— : none).</source>
        <translation>Die Hyperparameter, in denen dieser Lauf vom aktuellen Lauf des Hauptfensters abweicht (— : keine).</translation>
    </message>
    <message>
        <source>Steps (minibatch updates) the run has taken.</source>
        <translation>Schritte (Minibatch-Aktualisierungen), die der Lauf gemacht hat.</translation>
    </message>
    <message>
        <source>The run&apos;s loss on the training points, at its latest step.</source>
        <translation>Der Verlust des Laufs auf den Trainingspunkten, bei seinem neuesten Schritt.</translation>
    </message>
    <message>
        <source>The run&apos;s loss on the test points, at its latest step (— : no test points).</source>
        <translation>Der Verlust des Laufs auf den Testpunkten, bei seinem neuesten Schritt (— : keine Testpunkte).</translation>
    </message>
    <message>
        <source>Training, paused, finished (its epochs done), diverged at step N (its loss ran away), or stopped (Stop, or another run was removed).</source>
        <translation>Trainiert, pausiert, fertig (seine Epochen sind durch), divergiert bei Schritt N (sein Verlust lief davon) oder angehalten (Stopp, oder ein anderer Lauf wurde entfernt).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>not trained</source>
        <translation>nicht trainiert</translation>
    </message>
    <message>
        <source>diverged at step %1</source>
        <translation>divergiert bei Schritt %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>The main window&apos;s run cannot be removed: it is the one the main window trains.</source>
        <translation>Der Lauf des Hauptfensters lässt sich nicht entfernen: Es ist der, den das Hauptfenster trainiert.</translation>
    </message>
    <message>
        <source>Run A is the comparison&apos;s copy of the current run: every other run is compared with it.</source>
        <translation>Lauf A ist die Kopie des aktuellen Laufs im Vergleich: Jeder andere Lauf wird mit ihm verglichen.</translation>
    </message>
    <message>
        <source>A comparison needs run A and at least one other run: add a run first, or close the comparison.</source>
        <translation>Ein Vergleich braucht Lauf A und mindestens einen weiteren Lauf: Fügen Sie zuerst einen Lauf hinzu oder schließen Sie den Vergleich.</translation>
    </message>
    <message>
        <source>Remove run %1 from the comparison (stopping it first; the runs after it move up).</source>
        <translation>Lauf %1 aus dem Vergleich entfernen (er wird zuerst angehalten; die Läufe danach rücken auf).</translation>
    </message>
    <message>
        <source>Remove the run with %1 from the sweep (stopping it first).</source>
        <translation>Den Lauf mit %1 aus dem Durchlauf entfernen (er wird zuerst angehalten).</translation>
    </message>
    <message>
        <source>The sweep&apos;s last run: close the sweep to drop it.</source>
        <translation>Der letzte Lauf des Durchlaufs: Schließen Sie den Durchlauf, um ihn zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>ScaleView</name>
    <message>
        <source>Hold the weights in %1</source>
        <translation>Die Gewichte in %1 halten</translation>
    </message>
    <message>
        <source>%1 x %2 bits</source>
        <translation>%1 x %2 Bit</translation>
    </message>
    <message>
        <source>Train with Adam, mixed precision</source>
        <translation>Mit Adam trainieren, gemischte Genauigkeit</translation>
    </message>
    <message>
        <source>~16 bytes x %1 (weights, gradients, Adam&apos;s m and v)</source>
        <translation>~16 Byte x %1 (Gewichte, Gradienten, m und v von Adam)</translation>
    </message>
    <message>
        <source>Training compute (%1 tokens)</source>
        <translation>Rechenaufwand des Trainings (%1 Tokens)</translation>
    </message>
    <message>
        <source>Tokens per parameter</source>
        <translation>Tokens pro Parameter</translation>
    </message>
    <message>
        <source>Compute-optimal data (Chinchilla)</source>
        <translation>Rechenoptimale Datenmenge (Chinchilla)</translation>
    </message>
    <message>
        <source>~20 tokens x %1</source>
        <translation>~20 Tokens x %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Use: compute per token generated</source>
        <translation>Nutzung: Rechenaufwand pro erzeugtem Token</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Bisherige Schritte</translation>
    </message>
    <message>
        <source>Examples seen</source>
        <translation>Gesehene Beispiele</translation>
    </message>
    <message>
        <source>every minibatch&apos;s size, summed</source>
        <translation>die Größen aller Minibatches, summiert</translation>
    </message>
    <message>
        <source>Compute done</source>
        <translation>Geleistete Rechenarbeit</translation>
    </message>
    <message>
        <source>%1 x 4 bytes</source>
        <translation>%1 x 4 Byte</translation>
    </message>
    <message>
        <source>%1: %2 parameters (%3)</source>
        <translation>%1: %2 Parameter (%3)</translation>
    </message>
    <message>
        <source>No published count of training tokens for this model.</source>
        <translation>Für dieses Modell ist keine Zahl der Trainingstokens veröffentlicht.</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>Trainingstokens: %1</translation>
    </message>
    <message>
        <source>Your run, on the same scale</source>
        <translation>Ihr Lauf, auf derselben Skala</translation>
    </message>
    <message>
        <source>Training %1 took about %2 times the compute of your run so far.</source>
        <translation>Das Training von %1 brauchte etwa %2-mal so viel Rechenaufwand wie Ihr bisheriger Lauf.</translation>
    </message>
    <message>
        <source>Bytes in decimal units (1 GB = 1,000,000,000 bytes). Formulas: 6 x parameters x tokens to train, 2 x parameters per token to use (Kaplan et al. 2020); ~20 tokens per parameter for compute-optimal training (Hoffmann et al. 2022); 16 bytes per parameter for Adam in mixed precision (Rajbhandari et al. 2020).</source>
        <translation>Bytes in Dezimaleinheiten (1 GB = 1.000.000.000 Byte). Formeln: 6 x Parameter x Tokens zum Trainieren, 2 x Parameter pro Token zur Nutzung (Kaplan et al. 2020); ~20 Tokens pro Parameter für rechenoptimales Training (Hoffmann et al. 2022); 16 Byte pro Parameter für Adam mit gemischter Genauigkeit (Rajbhandari et al. 2020).</translation>
    </message>
    <message>
        <source>Depth (layers)</source>
        <translation>Tiefe (Schichten)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Vocabulary (tokens)</source>
        <translation>Vokabular (Tokens)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Kontext (Tokens)</translation>
    </message>
    <message>
        <source>How many transformer blocks are stacked; each adds its attention, MLP and norms again.</source>
        <translation>Wie viele Transformer-Blöcke gestapelt sind; jeder fügt seine Attention, sein MLP und seine Normierungen erneut hinzu.</translation>
    </message>
    <message>
        <source>The size of every token&apos;s vector inside the model (d_model); most matrices are width x width.</source>
        <translation>Die Größe des Vektors jedes Tokens im Modell (d_model); die meisten Matrizen sind Breite x Breite.</translation>
    </message>
    <message>
        <source>How many different tokens the model knows: one row of the embedding table each.</source>
        <translation>Wie viele verschiedene Tokens das Modell kennt: je eine Zeile der Embedding-Tabelle.</translation>
    </message>
    <message>
        <source>How many tokens the model reads at once; learned position embeddings hold one row per position.</source>
        <translation>Wie viele Tokens das Modell auf einmal liest; gelernte Positions-Embeddings haben eine Zeile pro Position.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>Published size</source>
        <translation>Veröffentlichte Größe</translation>
    </message>
    <message>
        <source>Back to the model&apos;s published configuration.</source>
        <translation>Zurück zur veröffentlichten Konfiguration des Modells.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 parameters (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Parameter (%3)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert mit</translation>
    </message>
    <message>
        <source>Parameters per example</source>
        <translation>Parameter pro Beispiel</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Parameters of every model on a log scale; your model is the orange bar at the bottom. Click a bar to explore that model.</source>
        <translation>Die Parameter jedes Modells auf einer logarithmischen Skala; Ihr Modell ist der orange Balken unten. Klicken Sie auf einen Balken, um das Modell zu erkunden.</translation>
    </message>
    <message>
        <source>Parameters / training examples (points for your model, tokens for language models). Above 1 a model has more numbers to set than examples to learn from: room to memorize them (see the overfitting lesson).</source>
        <translation>Parameter / Trainingsbeispiele (Punkte für Ihr Modell, Tokens für Sprachmodelle). Über 1 hat ein Modell mehr Zahlen einzustellen als Beispiele zum Lernen: Platz, um sie auswendig zu lernen (siehe die Lektion zur Überanpassung).</translation>
    </message>
    <message>
        <source>Save table as CSV…</source>
        <translation>Tabelle als CSV speichern…</translation>
    </message>
    <message>
        <source>Write this table (exact counts, training examples, sources) to a CSV file.</source>
        <translation>Diese Tabelle (genaue Zahlen, Trainingsbeispiele, Quellen) in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Draw or load training points to compare your model&apos;s parameters per example.</source>
        <translation>Zeichnen oder laden Sie Trainingspunkte, um die Parameter pro Beispiel Ihres Modells zu vergleichen.</translation>
    </message>
    <message>
        <source>more parameters than points: room to memorize them</source>
        <translation>mehr Parameter als Punkte: Platz, sie auswendig zu lernen</translation>
    </message>
    <message>
        <source>fewer parameters than points</source>
        <translation>weniger Parameter als Punkte</translation>
    </message>
    <message>
        <source>%1: %2 parameters / %3 training points = %4 per point (%5; see the &lt;a href=&apos;%6&apos;&gt;Overfitting lesson&lt;/a&gt;). GPT-3: %7 per training token.</source>
        <translation>%1: %2 Parameter / %3 Trainingspunkte = %4 pro Punkt (%5; siehe die &lt;a href=&apos;%6&apos;&gt;Lektion zur Überanpassung&lt;/a&gt;). GPT-3: %7 pro Trainingstoken.</translation>
    </message>
    <message>
        <source>parameters (log scale: each grid line is 10 times the one before)</source>
        <translation>Parameter (log. Skala: jede Gitterlinie ist das 10-Fache der vorigen)</translation>
    </message>
    <message>
        <source>The model the Explore, Cost and Tokens pages show (or click its bar in the ladder).</source>
        <translation>Das Modell, das die Seiten Erkunden, Kosten und Tokens zeigen (oder klicken Sie auf seinen Balken in der Leiter).</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Every model&apos;s parameter count on one log scale, yours at the bottom.</source>
        <translation>Die Parameterzahl jedes Modells auf einer logarithmischen Skala, Ihres ganz unten.</translation>
    </message>
    <message>
        <source>Every model&apos;s exact count, what it was trained on, and parameters per example.</source>
        <translation>Die genaue Zahl jedes Modells, womit es trainiert wurde, und Parameter pro Beispiel.</translation>
    </message>
    <message>
        <source>The chosen model&apos;s parts with their formulas; change its size and recount.</source>
        <translation>Die Bestandteile des gewählten Modells mit ihren Formeln; ändern Sie seine Größe und zählen Sie neu.</translation>
    </message>
    <message>
        <source>Memory and compute for the chosen model, and your run on the same scale.</source>
        <translation>Speicher und Rechenaufwand für das gewählte Modell, und Ihr Lauf auf derselben Skala.</translation>
    </message>
    <message>
        <source>What a token is: a sentence split into GPT-2&apos;s tokens and their ids.</source>
        <translation>Was ein Token ist: ein Satz, zerlegt in die Tokens von GPT-2 und ihre IDs.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Your model</source>
        <translation>Ihr Modell</translation>
    </message>
    <message>
        <source>Change your model&apos;s layers and neurons in the Hyperparameters panel: the count follows.</source>
        <translation>Ändern Sie Schichten und Neuronen Ihres Modells im Bereich Hyperparameter: Die Zahl folgt.</translation>
    </message>
    <message>
        <source>A fixed published architecture: its layers are listed as built.</source>
        <translation>Eine feste, veröffentlichte Architektur: Ihre Schichten sind so aufgeführt, wie sie gebaut ist.</translation>
    </message>
    <message>
        <source>Save the ladder as CSV</source>
        <translation>Die Leiter als CSV speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2.</source>
        <translation>Die Tabelle konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Saved the model sizes to %1</source>
        <translation>Modellgrößen in %1 gespeichert</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>million</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>trillion</source>
        <translation>Billionen</translation>
    </message>
    <message>
        <source>quadrillion</source>
        <translation>Billiarden</translation>
    </message>
    <message>
        <source>quintillion</source>
        <translation>Trillionen</translation>
    </message>
    <message>
        <source>sextillion</source>
        <translation>Trilliarden</translation>
    </message>
    <message>
        <source>septillion</source>
        <translation>Quadrillionen</translation>
    </message>
    <message>
        <source>octillion</source>
        <translation>Quadrilliarden</translation>
    </message>
    <message>
        <source>nonillion</source>
        <translation>Quintillionen</translation>
    </message>
    <message>
        <source>decillion</source>
        <translation>Quintilliarden</translation>
    </message>
    <message>
        <source>1 thousand</source>
        <translation>1 Tausend</translation>
    </message>
    <message>
        <source>1 million</source>
        <translation>1 Million</translation>
    </message>
    <message>
        <source>1 billion</source>
        <translation>1 Milliarde</translation>
    </message>
    <message>
        <source>1 trillion</source>
        <translation>1 Billion</translation>
    </message>
    <message>
        <source>Your linear model (%1)</source>
        <translation>Ihr lineares Modell (%1)</translation>
    </message>
    <message>
        <source>Your polynomial model (%1)</source>
        <translation>Ihr polynomiales Modell (%1)</translation>
    </message>
    <message>
        <source>Your logistic model (%1)</source>
        <translation>Ihr logistisches Modell (%1)</translation>
    </message>
    <message>
        <source>Your softmax model (%1)</source>
        <translation>Ihr Softmax-Modell (%1)</translation>
    </message>
    <message>
        <source>Your mlp model (%1)</source>
        <translation>Ihr MLP-Modell (%1)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Your PCA</source>
        <translation>Ihre PCA</translation>
    </message>
    <message>
        <source>Your %1 network</source>
        <translation>Ihr %1-Netz</translation>
    </message>
    <message>
        <source>Your %1 model (%2)</source>
        <translation>Ihr Modell %1 (%2)</translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation>%1 Gewichte</translation>
    </message>
    <message>
        <source>%1 biases</source>
        <translation>%1 Biases</translation>
    </message>
    <message>
        <source>%1 centre values</source>
        <translation>%1 Zentrumswerte</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Parameters are the numbers a model learns; tokens are the pieces of text it reads.</source>
        <translation>Parameter sind die Zahlen, die ein Modell lernt; Tokens sind die Textstücke, die es liest.</translation>
    </message>
    <message>
        <source>Type a sentence</source>
        <translation>Einen Satz eingeben</translation>
    </message>
    <message>
        <source>Any text: it is split into GPT-2&apos;s tokens on this computer (nothing is sent anywhere).</source>
        <translation>Beliebiger Text: Er wird auf diesem Computer in die Tokens von GPT-2 zerlegt (nichts wird irgendwohin gesendet).</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Embedding row</source>
        <translation>Embedding-Zeile</translation>
    </message>
    <message>
        <source>row %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>%1&apos;s embedding table (%2 rows x %3 = %4 parameters)</source>
        <translation>die Embedding-Tabelle von %1 (%2 Zeilen x %3 = %4 Parameter)</translation>
    </message>
    <message>
        <source>GPT-2&apos;s %1-token vocabulary (%2 has its own: %3 rows x %4)</source>
        <translation>das Vokabular von GPT-2 mit %1 Tokens (%2 hat ein eigenes: %3 Zeilen x %4)</translation>
    </message>
    <message>
        <source>%1 characters → %2 tokens. Each id picks one row of %3: a token enters the model as %4 learned numbers.</source>
        <translation>%1 Zeichen → %2 Tokens. Jede ID wählt eine Zeile aus %3: Ein Token geht als %4 gelernte Zahlen ins Modell ein.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>this is a Python pickle, which GradientDesk never opens because loading one can run any code</source>
        <translation>das ist ein Python-Pickle, das GradientDesk nie öffnet, weil das Laden beliebigen Code ausführen kann</translation>
    </message>
    <message>
        <source>this is a zip archive (perhaps a NumPy .npz export), not a session</source>
        <translation>das ist ein ZIP-Archiv (vielleicht ein NumPy-.npz-Export), keine Sitzung</translation>
    </message>
    <message>
        <source>this is a NumPy .npy array, not a session</source>
        <translation>das ist ein NumPy-.npy-Array, keine Sitzung</translation>
    </message>
    <message>
        <source>this is a PNG picture, not a session</source>
        <translation>das ist ein PNG-Bild, keine Sitzung</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>die Datei ist zu groß (%1 MB; höchstens %2 MB)</translation>
    </message>
    <message>
        <source>the file nests its data too deeply to be a session</source>
        <translation>die Datei verschachtelt ihre Daten zu tief, um eine Sitzung zu sein</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not a text file (byte %1 is not UTF-8)</source>
        <translation>das ist keine Textdatei (Byte %1 ist kein UTF-8)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file ends too early (%1): it was cut off or is not complete</source>
        <translation>die Datei endet zu früh (%1): sie wurde abgeschnitten oder ist unvollständig</translation>
    </message>
    <message>
        <source>the file is not valid JSON at %1: %2</source>
        <translation>die Datei ist kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>the file holds a number far too long to be read</source>
        <translation>die Datei enthält eine Zahl, die viel zu lang zum Lesen ist</translation>
    </message>
    <message>
        <source>the file contains %1, which is not a JSON number; only finite numbers are allowed</source>
        <translation>die Datei enthält %1, was keine JSON-Zahl ist; nur endliche Zahlen sind erlaubt</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; appears twice in the same object</source>
        <translation>das Feld &apos;%1&apos; kommt im selben Objekt zweimal vor</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 must be an object {...}; found %2</source>
        <translation>%1 muss ein Objekt {...} sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; is missing</source>
        <translation>%1: das Feld &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>das Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: unbekanntes Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be text; found %2</source>
        <translation>%1 muss Text sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 ist zu lang (%2 Zeichen; höchstens %3)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2</source>
        <translation>%1 muss eine ganze Zahl sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen; gefunden: %4</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2</source>
        <translation>%1 muss eine Zahl sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1 must be at least %2 and %3; found %4</source>
        <translation>%1 muss mindestens %2 und %3 sein; gefunden: %4</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>%1 must be an array (a list of numbers or {&quot;npy&quot;: ...}); found %2</source>
        <translation>%1 muss ein Array sein (eine Liste von Zahlen oder {&quot;npy&quot;: ...}); gefunden: %2</translation>
    </message>
    <message>
        <source>%1 has shape %2, expected %3 (axis %4 should be %5)</source>
        <translation>%1 hat die Form %2, erwartet: %3 (Achse %4 sollte %5 sein)</translation>
    </message>
    <message>
        <source>%1 is infinity; only finite numbers are allowed</source>
        <translation>%1 ist unendlich; nur endliche Zahlen sind erlaubt</translation>
    </message>
    <message>
        <source>%1 is NaN or infinity; only finite numbers are allowed</source>
        <translation>%1 ist NaN oder unendlich; nur endliche Zahlen sind erlaubt</translation>
    </message>
    <message>
        <source>%1 must be a number %2; got %3</source>
        <translation>%1 muss eine Zahl %2 sein; angegeben: %3</translation>
    </message>
    <message>
        <source>%1.npy must be base64 text; found %2</source>
        <translation>%1.npy muss Base64-Text sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1.npy is not valid base64 text</source>
        <translation>%1.npy ist kein gültiger Base64-Text</translation>
    </message>
    <message>
        <source>%1.npy is not a readable .npy array (%2)</source>
        <translation>%1.npy ist kein lesbares .npy-Array (%2)</translation>
    </message>
    <message>
        <source>%1 must hold %2 values; the file declares %3</source>
        <translation>%1 muss Werte vom Typ %2 enthalten; die Datei gibt %3 an</translation>
    </message>
    <message>
        <source>%1 must have %2 dimension(s); the file declares shape %3</source>
        <translation>%1 muss %2 Dimension(en) haben; die Datei gibt die Form %3 an</translation>
    </message>
    <message>
        <source>%1 is too large (%2 numbers; at most %3)</source>
        <translation>%1 ist zu groß (%2 Zahlen; höchstens %3)</translation>
    </message>
    <message>
        <source>%1.npy is truncated or padded: %2 data bytes for shape %3 of %4</source>
        <translation>%1.npy ist abgeschnitten oder aufgefüllt: %2 Datenbytes für die Form %3 von %4</translation>
    </message>
    <message>
        <source>%1.npy could not be read (%2)</source>
        <translation>%1.npy konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 rows)</source>
        <translation>%1 ist zu groß (%2 Zeilen)</translation>
    </message>
    <message>
        <source>%1 must be a list of numbers; found %2</source>
        <translation>%1 muss eine Liste von Zahlen sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1 has %2 value(s), but row 0 has %3</source>
        <translation>%1 hat %2 Wert(e), aber Zeile 0 hat %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1 must be %2; found %3 %4</source>
        <translation>%1 muss %2 sein; gefunden: %3 %4</translation>
    </message>
    <message>
        <source>%1 must be %2; found %3</source>
        <translation>%1 muss %2 sein; gefunden: %3</translation>
    </message>
    <message>
        <source>%1 holds a number too large to store</source>
        <translation>%1 enthält eine Zahl, die zu groß zum Speichern ist</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>this is not a GradientDesk session file (the field &apos;format&apos; should be &quot;%1&quot;; found %2)</source>
        <translation>das ist keine GradientDesk-Sitzungsdatei (das Feld &apos;format&apos; sollte &quot;%1&quot; sein; gefunden: %2)</translation>
    </message>
    <message>
        <source>this is not a GradientDesk session file (it has no field &apos;format&apos;: &quot;%1&quot;)</source>
        <translation>das ist keine GradientDesk-Sitzungsdatei (sie hat kein Feld &apos;format&apos;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the field &apos;version&apos; must be a whole number from 1 up; found %1</source>
        <translation>das Feld &apos;version&apos; muss eine ganze Zahl ab 1 sein; gefunden: %1</translation>
    </message>
    <message>
        <source>this file was made by a newer GradientDesk (format version %1; this one reads version %2). Update GradientDesk to open it.</source>
        <translation>diese Datei stammt von einem neueren GradientDesk (Formatversion %1; dieses liest Version %2). Aktualisieren Sie GradientDesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>hyperparameters: %1</source>
        <translation>hyperparameters: %1</translation>
    </message>
    <message>
        <source>optimizer: the optimizer&apos;s state needs the learned parameters it goes with, but &apos;parameters&apos; is null</source>
        <translation>optimizer: der Zustand des Optimierers braucht die gelernten Parameter, zu denen er gehört, aber &apos;parameters&apos; ist null</translation>
    </message>
    <message>
        <source>counters: the step and epoch counters need the learned parameters they go with, but &apos;parameters&apos; is null</source>
        <translation>counters: die Schritt- und Epochenzähler brauchen die gelernten Parameter, zu denen sie gehören, aber &apos;parameters&apos; ist null</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found %3</source>
        <translation>%1 muss eines von %2 sein; gefunden: %3</translation>
    </message>
    <message>
        <source>data.X has %1 points; GradientDesk opens at most %2</source>
        <translation>data.X hat %1 Punkte; GradientDesk öffnet höchstens %2</translation>
    </message>
    <message>
        <source>data: the field &apos;y&apos; (labels or targets, one per point) is missing</source>
        <translation>data: das Feld &apos;y&apos; (Klassen oder Zielwerte, einer pro Punkt) fehlt</translation>
    </message>
    <message>
        <source>%1 is class %2, but there are %3 classes (0 to %4)</source>
        <translation>%1 ist Klasse %2, aber es gibt %3 Klassen (0 bis %4)</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>data: %1</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>unsupervised</source>
        <translation>unüberwachtes Lernen</translation>
    </message>
    <message>
        <source>%1 must be a list of names; found %2</source>
        <translation>%1 muss eine Liste von Namen sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be empty for %2 data</source>
        <translation>%1 muss für die Aufgabe %2 leer sein</translation>
    </message>
    <message>
        <source>%1 must list between 2 and %2 classes; found %3</source>
        <translation>%1 muss zwischen 2 und %2 Klassen nennen; gefunden: %3</translation>
    </message>
    <message>
        <source>%1 lists a name twice</source>
        <translation>%1 nennt einen Namen zweimal</translation>
    </message>
    <message>
        <source>loss_history needs the learned parameters it led to, but &apos;parameters&apos; is null</source>
        <translation>loss_history braucht die gelernten Parameter, zu denen es geführt hat, aber &apos;parameters&apos; ist null</translation>
    </message>
    <message>
        <source>%1: the columns have different lengths</source>
        <translation>%1: die Spalten sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>%1 has %2 rows; at most %3</source>
        <translation>%1 hat %2 Zeilen; höchstens %3</translation>
    </message>
    <message>
        <source>%1 must be whole numbers from 0 up, in increasing order</source>
        <translation>%1 müssen ganze Zahlen ab 0 in aufsteigender Reihenfolge sein</translation>
    </message>
    <message>
        <source>%1 must be numbers from 0 up, in increasing order</source>
        <translation>%1 müssen Zahlen ab 0 in aufsteigender Reihenfolge sein</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Step done ✓</source>
        <translation>Schritt erledigt ✓</translation>
    </message>
    <message>
        <source>Tick this step in the lesson and show the next one.</source>
        <translation>Diesen Schritt in der Lektion abhaken und den nächsten zeigen.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Show the data canvas beside the view, or the view alone (Ctrl+0).</source>
        <translation>Die Zeichenfläche neben der Ansicht zeigen, oder die Ansicht allein (Strg+0).</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Alle Ansichten</translation>
    </message>
    <message>
        <source>Every view at once, for a large screen (Ctrl+9; Ctrl+0 hides the canvas); again for one view.</source>
        <translation>Alle Ansichten auf einmal, für einen großen Bildschirm (Strg+9; Strg+0 blendet die Zeichenfläche aus); noch einmal für eine Ansicht.</translation>
    </message>
</context>
<context>
    <name>StageViews</name>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Neurons, weights and what each neuron computes.</source>
        <translation>Neuronen, Gewichte und was jedes Neuron berechnet.</translation>
    </message>
    <message>
        <source>Weight maps</source>
        <translation>Gewichtskarten</translation>
    </message>
    <message>
        <source>One layer&apos;s W, b, dL/dW and its weights over time.</source>
        <translation>W, b, dL/dW einer Schicht und ihre Gewichte im Zeitverlauf.</translation>
    </message>
    <message>
        <source>Parameter traces</source>
        <translation>Parameterverläufe</translation>
    </message>
    <message>
        <source>Every weight and bias over the steps.</source>
        <translation>Jedes Gewicht und jeder Bias über die Schritte.</translation>
    </message>
    <message>
        <source>Update inspector</source>
        <translation>Update-Inspektor</translation>
    </message>
    <message>
        <source>The last step of one parameter, with the numbers.</source>
        <translation>Der letzte Schritt eines Parameters, mit den Zahlen.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <source>The loss over two parameters, and the optimizer&apos;s path on it.</source>
        <translation>Der Verlust über zwei Parametern und der Weg des Optimierers darauf.</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>What the model computes for one point, step by step.</source>
        <translation>Was das Modell für einen Punkt berechnet, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>From your model&apos;s parameters to GPT-3&apos;s, counted with one rule.</source>
        <translation>Von den Parametern Ihres Modells bis zu denen von GPT-3, gezählt mit einer Regel.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to GradientDesk</source>
        <translation>Willkommen bei GradientDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt; (weights, biases) are what the model learns; &lt;b&gt;hyperparameters&lt;/b&gt; (learning rate, layers, ...) are what you choose before training.</source>
        <translation>&lt;b&gt;Parameter&lt;/b&gt; (Gewichte, Biases) lernt das Modell; &lt;b&gt;Hyperparameter&lt;/b&gt; (Lernrate, Schichten, ...) wählen Sie vor dem Training.</translation>
    </message>
    <message>
        <source>(no goal given)</source>
        <translation>(kein Ziel angegeben)</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <source>Open lesson %1: %2</source>
        <translation>Lektion %1 öffnen: %2</translation>
    </message>
    <message>
        <source>Start page — GradientDesk</source>
        <translation>Startseite — GradientDesk</translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation>Diese Seite beim Start zeigen</translation>
    </message>
    <message>
        <source>Open this page whenever GradientDesk starts without a file. Help → Start page opens it at any time.</source>
        <translation>Diese Seite immer öffnen, wenn GradientDesk ohne Datei startet. Hilfe → Startseite öffnet sie jederzeit.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Each lesson sets up data, model and hyperparameters, and shows its steps in the Lesson panel.</source>
        <translation>Jede Lektion richtet Daten, Modell und Hyperparameter ein und zeigt ihre Schritte im Lektionsbereich.</translation>
    </message>
    <message>
        <source>No lessons were found in this installation.</source>
        <translation>In dieser Installation wurden keine Lektionen gefunden.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Freies Ausprobieren</translation>
    </message>
    <message>
        <source>Start from a ready-made dataset, then change anything.</source>
        <translation>Mit einem fertigen Datensatz beginnen, dann alles Beliebige ändern.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
</context>
<context>
    <name>StopRules</name>
    <message>
        <source>Stopped after %1 epochs, as &apos;Stop after epochs&apos; says.</source>
        <translation>Nach %1 Epochen angehalten, wie „Stopp nach Epochen“ es vorgibt.</translation>
    </message>
    <message>
        <source>Reached the target training loss %1 after %2 epochs.</source>
        <translation>Der Ziel-Trainingsverlust %1 wurde nach %2 Epochen erreicht.</translation>
    </message>
    <message>
        <source>Early stopping: the test loss has not improved for %1 epochs (best %2 at epoch %3).</source>
        <translation>Frühes Stoppen: Der Testverlust hat sich seit %1 Epochen nicht verbessert (bester Wert %2 bei Epoche %3).</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Train several copies of the current model side by side from the same starting parameters, each with a different value of one hyperparameter (the learning rate by default), and compare their losses and decision maps: where training diverges, and which value learns best.</source>
        <translation>Mehrere Kopien des aktuellen Modells nebeneinander von denselben Startparametern aus trainieren, jede mit einem anderen Wert eines Hyperparameters (standardmäßig der Lernrate), und ihre Verluste und Entscheidungskarten vergleichen: wo das Training divergiert und welcher Wert am besten lernt.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Sweep a hyperparameter</source>
        <translation>Hyperparameter durchlaufen</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log.</translation>
    </message>
    <message>
        <source>Space the values evenly on a log scale (0.001, 0.01, 0.1, ...), as rates are judged.</source>
        <translation>Die Werte gleichmäßig auf einer logarithmischen Skala verteilen (0.001, 0.01, 0.1, ...), so wie man Raten beurteilt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Make the selected run&apos;s value the main window&apos;s hyperparameter.</source>
        <translation>Den Wert des ausgewählten Laufs als Hyperparameter ins Hauptfenster übernehmen.</translation>
    </message>
    <message>
        <source>Choose a hyperparameter and a range, then Start.</source>
        <translation>Wählen Sie einen Hyperparameter und einen Bereich, dann Start.</translation>
    </message>
    <message>
        <source>Click a run&apos;s point or its map to select it.</source>
        <translation>Klicken Sie auf den Punkt oder die Karte eines Laufs, um ihn auszuwählen.</translation>
    </message>
    <message>
        <source>Loss against the swept value</source>
        <translation>Verlust über dem durchlaufenen Wert</translation>
    </message>
    <message>
        <source>Decision map of each run</source>
        <translation>Entscheidungskarte jedes Laufs</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Durchlaufen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>No numeric hyperparameter of these settings can be swept.</source>
        <translation>Kein numerischer Hyperparameter dieser Einstellungen lässt sich durchlaufen.</translation>
    </message>
    <message>
        <source>Every run starts from the same parameters (seed %1) and sees the same minibatches; only the %2 differs. Allowed: %3.</source>
        <translation>Jeder Lauf beginnt mit denselben Parametern (Seed %1) und sieht dieselben Minibatches; nur der Wert von %2 unterscheidet sich. Erlaubt: %3.</translation>
    </message>
    <message>
        <source>Nothing to sweep for these settings.</source>
        <translation>Bei diesen Einstellungen gibt es nichts zu durchlaufen.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Starting %1 runs…</source>
        <translation>%1 Läufe werden gestartet…</translation>
    </message>
    <message>
        <source>Stopped at epoch %1 of %2. %3</source>
        <translation>Angehalten bei Epoche %1 von %2. %3</translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>Der Durchlauf wurde beendet: %1</translation>
    </message>
    <message>
        <source>Nothing was trained.</source>
        <translation>Es wurde nichts trainiert.</translation>
    </message>
    <message>
        <source>Done: epoch %1 of %2. %3</source>
        <translation>Fertig: Epoche %1 von %2. %3</translation>
    </message>
    <message>
        <source>Training: epoch %1 of %2. %3</source>
        <translation>Training: Epoche %1 von %2. %3</translation>
    </message>
    <message>
        <source>A sweep keeps at least one run: close it to drop them all.</source>
        <translation>Ein Durchlauf behält mindestens einen Lauf: Schließen Sie ihn, um alle zu verwerfen.</translation>
    </message>
    <message>
        <source>Removed the run with %1. %2</source>
        <translation>Den Lauf mit %1 entfernt. %2</translation>
    </message>
    <message>
        <source>%1 of %2 runs diverged</source>
        <translation>%1 von %2 Läufen divergierten</translation>
    </message>
    <message>
        <source>No run diverged</source>
        <translation>Kein Lauf divergierte</translation>
    </message>
    <message>
        <source>the edge: %1 trained, %2 diverged</source>
        <translation>die Grenze: %1 trainierte, %2 divergierte</translation>
    </message>
    <message>
        <source>even the smallest value diverged</source>
        <translation>selbst der kleinste Wert divergierte</translation>
    </message>
    <message>
        <source>best %1 %2 (test loss %3)</source>
        <translation>bester Wert für %1: %2 (Testverlust %3)</translation>
    </message>
    <message>
        <source>best %1 %2 (training loss %3)</source>
        <translation>bester Wert für %1: %2 (Trainingsverlust %3)</translation>
    </message>
    <message>
        <source>diverged at step %1</source>
        <translation>divergiert bei Schritt %1</translation>
    </message>
    <message>
        <source>loss %1 at step %2</source>
        <translation>Verlust %1 bei Schritt %2</translation>
    </message>
    <message>
        <source>Selected: %1 %2 (%3).</source>
        <translation>Ausgewählt: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>The saved sweep could not be shown: %1</source>
        <translation>Der gespeicherte Durchlauf lässt sich nicht anzeigen: %1</translation>
    </message>
    <message>
        <source>Opened from the file: epoch %1 of %2. %3</source>
        <translation>Aus der Datei geöffnet: Epoche %1 von %2. %3</translation>
    </message>
    <message>
        <source>Not adopted: the main window refused %1 %2.</source>
        <translation>Nicht übernommen: Das Hauptfenster hat %1 %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Adopted: the main window&apos;s %1 is now %2.</source>
        <translation>Übernommen: %1 im Hauptfenster ist jetzt %2.</translation>
    </message>
    <message>
        <source>&amp;Sweep a hyperparameter…</source>
        <translation>Hyperparameter &amp;durchlaufen…</translation>
    </message>
    <message>
        <source>there are no points to show the runs on</source>
        <translation>es gibt keine Punkte, auf denen sich die Läufe zeigen ließen</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; (%3) is not a number; the %4 goes %5.</source>
        <translation>%1: „%2“ (%3) ist keine Zahl; %4: erlaubt %5.</translation>
    </message>
    <message>
        <source>%1 goes %2</source>
        <translation>%1: erlaubt %2</translation>
    </message>
    <message>
        <source>A sweep has %1 to %2 runs; got %3.</source>
        <translation>Ein Durchlauf hat %1 bis %2 Läufe; angegeben: %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3 is outside the allowed range; %4.</source>
        <translation>%1: „%2“ %3 liegt außerhalb des erlaubten Bereichs; %4.</translation>
    </message>
    <message>
        <source>%1: the range from %2 to %3 is empty; choose two different values (%4).</source>
        <translation>%1: Der Bereich von %2 bis %3 ist leer; wählen Sie zwei verschiedene Werte (%4).</translation>
    </message>
    <message>
        <source>%1: the range is reversed (%2 is above %3); put the smaller value in &apos;from&apos; (%4).</source>
        <translation>%1: Der Bereich ist vertauscht (%2 liegt über %3); tragen Sie den kleineren Wert bei „von“ ein (%4).</translation>
    </message>
    <message>
        <source>%1: a log range must start above 0; got %2 (%3).</source>
        <translation>%1: Ein logarithmischer Bereich muss über 0 beginnen; angegeben: %2 (%3).</translation>
    </message>
    <message>
        <source>a run: its loss now</source>
        <translation>ein Lauf: sein Verlust jetzt</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>divergence edge</source>
        <translation>Divergenzgrenze</translation>
    </message>
    <message>
        <source>best value</source>
        <translation>bester Wert</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (log. Skala)</translation>
    </message>
    <message>
        <source>trains at %1 </source>
        <translation>trainiert bei %1 </translation>
    </message>
    <message>
        <source> diverges at %1</source>
        <translation> divergiert bei %1</translation>
    </message>
    <message>
        <source>best %1 </source>
        <translation>am besten %1 </translation>
    </message>
    <message>
        <source> best %1</source>
        <translation> am besten %1</translation>
    </message>
    <message>
        <source>%1: diverged</source>
        <translation>%1: divergiert</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (am besten)</translation>
    </message>
    <message>
        <source>Training stopped: %1.</source>
        <translation>Training beendet: %1.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 kept</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>step %1 of %2 · loss %3</source>
        <translation>Schritt %1 von %2 · Verlust %3</translation>
    </message>
    <message>
        <source>now: step %1 · %2</source>
        <translation>jetzt: Schritt %1 · %2</translation>
    </message>
    <message>
        <source>The timeline keeps %1 keyframes, %2 MB of %3 MB; older steps are thinned evenly, so the memory stays within its budget however long the run.</source>
        <translation>Die Zeitleiste hält %1 Schlüsselbilder, %2 MB von %3 MB; ältere Schritte werden gleichmäßig ausgedünnt, so bleibt der Speicher im Rahmen, wie lang der Lauf auch wird.</translation>
    </message>
    <message>
        <source>The timeline keeps %1 keyframe, %2 MB of %3 MB; older steps are thinned evenly, so the memory stays within its budget however long the run.</source>
        <translation>Die Zeitleiste hält %1 Schlüsselbild, %2 MB von %3 MB; ältere Schritte werden gleichmäßig ausgedünnt, so bleibt der Speicher im Rahmen, wie lang der Lauf auch wird.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Bleibt</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Go back to any step the run has kept: every view shows that step (training pauses). Arrow keys move one kept step, Home to the first, End back to now.</source>
        <translation>Zu jedem Schritt zurückgehen, den der Lauf behalten hat: Jede Ansicht zeigt diesen Schritt (das Training pausiert). Pfeiltasten gehen einen behaltenen Schritt weiter, Pos1 zum ersten, Ende zurück zu jetzt.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Show the newest step again (nothing is lost).</source>
        <translation>Wieder den neuesten Schritt zeigen (nichts geht verloren).</translation>
    </message>
    <message>
        <source>Continue here</source>
        <translation>Hier fortsetzen</translation>
    </message>
    <message>
        <source>Train on from the step on show with the current hyperparameters (change the learning rate first to take another path); the later steps are dropped.</source>
        <translation>Vom gezeigten Schritt aus mit den aktuellen Hyperparametern weitertrainieren (ändern Sie zuerst die Lernrate, um einen anderen Weg zu nehmen); die späteren Schritte werden verworfen.</translation>
    </message>
    <message>
        <source>Keep this step however long the run gets (it is never thinned away) and save it with the session.</source>
        <translation>Diesen Schritt behalten, wie lang der Lauf auch wird (er wird nie ausgedünnt), und mit der Sitzung speichern.</translation>
    </message>
    <message>
        <source>Branch…</source>
        <translation>Verzweigen…</translation>
    </message>
    <message>
        <source>Compare runs that all start from the step on show: change run B&apos;s hyperparameters there and watch both paths from the same point.</source>
        <translation>Läufe vergleichen, die alle beim gezeigten Schritt beginnen: Ändern Sie dort die Hyperparameter von Lauf B und verfolgen Sie beide Wege vom selben Punkt aus.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>This step cannot be kept: kept steps may fill at most half of the timeline&apos;s memory.</source>
        <translation>Dieser Schritt kann nicht behalten werden: Behaltene Schritte dürfen höchstens die Hälfte des Speichers der Zeitleiste füllen.</translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <source>Step %1 cannot be shown: %2</source>
        <translation>Schritt %1 kann nicht gezeigt werden: %2</translation>
    </message>
    <message>
        <source>Training goes on from step %1; the steps after it were dropped.</source>
        <translation>Das Training geht ab Schritt %1 weiter; die Schritte danach wurden verworfen.</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>the text is %1 characters long; at most %2 can be split into tokens at once</source>
        <translation>der Text ist %1 Zeichen lang; höchstens %2 können auf einmal in Tokens zerlegt werden</translation>
    </message>
</context>
<context>
    <name>Traces</name>
    <message>
        <source>Pick a parameter in the list or click a line.</source>
        <translation>Wählen Sie einen Parameter in der Liste oder klicken Sie auf eine Linie.</translation>
    </message>
    <message>
        <source>Pick a parameter in the box above the plot or click a line.</source>
        <translation>Wählen Sie einen Parameter im Feld über dem Diagramm oder klicken Sie auf eine Linie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2  (step %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2  (Schritt %3)</translation>
    </message>
    <message>
        <source>%1: not a parameter of this model</source>
        <translation>%1: kein Parameter dieses Modells</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>solid: weights · dashed: biases</source>
        <translation>durchgezogen: Gewichte · gestrichelt: Biases</translation>
    </message>
    <message>
        <source>filter, e.g. dense1.b</source>
        <translation>Filter, z. B. dense1.b</translation>
    </message>
    <message>
        <source>pick a parameter</source>
        <translation>Parameter wählen</translation>
    </message>
    <message>
        <source>Pick the parameter to draw thick (type in the filter beside it to shorten the list).</source>
        <translation>Wählen Sie den Parameter, der dick gezeichnet wird (tippen Sie in den Filter daneben, um die Liste zu kürzen).</translation>
    </message>
    <message>
        <source>showing %1 of %2 parameters (all biases, evenly spaced weights) · solid: weights · dashed: biases</source>
        <translation>%1 von %2 Parametern gezeigt (alle Biases, gleichmäßig verteilte Gewichte) · durchgezogen: Gewichte · gestrichelt: Biases</translation>
    </message>
    <message>
        <source>%1 parameters · solid: weights · dashed: biases</source>
        <translation>%1 Parameter · durchgezogen: Gewichte · gestrichelt: Biases</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>PCA components W</source>
        <translation>PCA-Komponenten W</translation>
    </message>
    <message>
        <source>PCA centre b</source>
        <translation>PCA-Zentrum b</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>1 step/s</source>
        <translation>1 Schritt/s</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 Schritte/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 Schritte/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 Schritte/s</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 Schritte/s</translation>
    </message>
    <message>
        <source>1000 steps/s</source>
        <translation>1000 Schritte/s</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Train continuously (Space). Press again to pause.</source>
        <translation>Fortlaufend trainieren (Leertaste). Erneut drücken zum Anhalten.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One gradient-descent step on one minibatch (Right arrow).</source>
        <translation>Ein Gradientenabstiegsschritt auf einem Minibatch (Pfeil rechts).</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Train until the current pass over the training points is complete (Shift+Right).</source>
        <translation>Trainieren, bis der aktuelle Durchgang über die Trainingspunkte vollständig ist (Umschalt+Rechts).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Fresh parameters from the seed (R). The same seed gives the same start.</source>
        <translation>Neue Parameter aus dem Seed (R). Derselbe Seed ergibt denselben Start.</translation>
    </message>
    <message>
        <source>How many gradient-descent steps per second. Slow speeds let you follow each update; &apos;As fast as possible&apos; trains at full speed.</source>
        <translation>Wie viele Gradientenabstiegsschritte pro Sekunde. Langsam lässt sich jede Aktualisierung verfolgen; „So schnell wie möglich“ trainiert mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> Tempo: </translation>
    </message>
    <message>
        <source>Step: updates so far. Epoch: complete passes over the training points. Examples: training points the model has seen.</source>
        <translation>Schritt: bisherige Aktualisierungen. Epoche: vollständige Durchgänge über die Trainingspunkte. Beispiele: Trainingspunkte, die das Modell gesehen hat.</translation>
    </message>
    <message>
        <source>Speed: %1, as this lesson needs (change it in the training bar).</source>
        <translation>Tempo: %1, wie diese Lektion es braucht (in der Trainingsleiste änderbar).</translation>
    </message>
    <message>
        <source>%1
Not available now: %2</source>
        <translation>%1
Jetzt nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>  step %1 · epoch %2 · %3 examples  </source>
        <translation>  Schritt %1 · Epoche %2 · %3 Beispiele  </translation>
    </message>
</context>
<context>
    <name>UpdateInspector</name>
    <message>
        <source>&lt;b&gt;Symbols&lt;/b&gt;%1</source>
        <translation>&lt;b&gt;Symbole&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>this step changed %1 by</source>
        <translation>dieser Schritt änderte %1 um</translation>
    </message>
    <message>
        <source>%1 %2: from %3 to %4 (grey line: 0)</source>
        <translation>%1 %2: von %3 bis %4 (graue Linie: 0)</translation>
    </message>
    <message>
        <source> (nothing selected: the first weight)</source>
        <translation> (nichts ausgewählt: das erste Gewicht)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2: %3</translation>
    </message>
    <message>
        <source>step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <source> · t = %1</source>
        <translation> · t = %1</translation>
    </message>
    <message>
        <source> · learning rate %1</source>
        <translation> · Lernrate %1</translation>
    </message>
    <message>
        <source> · %1 λ = %2</source>
        <translation> · %1 λ = %2</translation>
    </message>
    <message>
        <source>Training diverged: the parameters were put back to their last finite values, so there is no last update to show. Lower the learning rate and press Reset.</source>
        <translation>Das Training ist divergiert: Die Parameter wurden auf ihre letzten endlichen Werte zurückgesetzt, daher gibt es kein letztes Update zu zeigen. Senken Sie die Lernrate und drücken Sie Zurücksetzen.</translation>
    </message>
    <message>
        <source>No step with %1 yet: press Right (→) to take one minibatch step and see its update written out.</source>
        <translation>Noch kein Schritt mit %1: Drücken Sie Rechts (→), um einen Minibatch-Schritt zu machen und sein Update ausgeschrieben zu sehen.</translation>
    </message>
    <message>
        <source>Biases are not regularized: no λ term.</source>
        <translation>Biases werden nicht regularisiert: kein λ-Term.</translation>
    </message>
    <message>
        <source>These numbers do not add up exactly: a hyperparameter was changed after this step.</source>
        <translation>Diese Zahlen gehen nicht genau auf: Ein Hyperparameter wurde nach diesem Schritt geändert.</translation>
    </message>
    <message>
        <source>Set by hand to %1 after this step.</source>
        <translation>Nach diesem Schritt von Hand auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>The hyperparameters changed after this step: the next step uses the new values.</source>
        <translation>Die Hyperparameter haben sich nach diesem Schritt geändert: Der nächste Schritt verwendet die neuen Werte.</translation>
    </message>
    <message>
        <source>over the whole run</source>
        <translation>über den ganzen Lauf</translation>
    </message>
    <message>
        <source>over the last %1 snapshots</source>
        <translation>über die letzten %1 Momentaufnahmen</translation>
    </message>
    <message>
        <source>The parameter to inspect (also selected in the table, traces and diagram).</source>
        <translation>Der zu prüfende Parameter (auch in Tabelle, Verläufen und Diagramm ausgewählt).</translation>
    </message>
    <message>
        <source>value over the run</source>
        <translation>Wert im Lauf</translation>
    </message>
    <message>
        <source>gradient g per step</source>
        <translation>Gradient g pro Schritt</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>WeightMaps</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Weights &amp;&amp; gradients</source>
        <translation>Gewichte &amp;&amp; Gradienten</translation>
    </message>
    <message>
        <source>The layer&apos;s weights W and biases b.</source>
        <translation>Die Gewichte W und Biases b der Schicht.</translation>
    </message>
    <message>
        <source>The last step&apos;s gradient dL/dW and dL/db.</source>
        <translation>Der Gradient dL/dW und dL/db des letzten Schritts.</translation>
    </message>
    <message>
        <source>How the layer&apos;s weights spread over the training steps (a histogram per step).</source>
        <translation>Wie sich die Gewichte der Schicht über die Trainingsschritte verteilen (ein Histogramm pro Schritt).</translation>
    </message>
    <message>
        <source>to output for class</source>
        <translation>zur Ausgabe für Klasse</translation>
    </message>
    <message>
        <source>to output neuron</source>
        <translation>zum Ausgabeneuron</translation>
    </message>
    <message>
        <source>PCA: %1 inputs × %2 components (%3 weights + %4 centre)</source>
        <translation>PCA: %1 Eingaben × %2 Komponenten (%3 Gewichte + %4 Zentrum)</translation>
    </message>
    <message>
        <source>input (b: centre)</source>
        <translation>Eingabe (b: Zentrum)</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>to neuron (layer %1)</source>
        <translation>zum Neuron (Schicht %1)</translation>
    </message>
    <message>
        <source>to neuron</source>
        <translation>zum Neuron</translation>
    </message>
    <message>
        <source>Layer %1 (output): %2 → %3 (%4 weights + %5 biases)</source>
        <translation>Schicht %1 (Ausgabe): %2 → %3 (%4 Gewichte + %5 Biases)</translation>
    </message>
    <message>
        <source>Layer %1 (output): %2 → %3 (%4 weights + %5 bias)</source>
        <translation>Schicht %1 (Ausgabe): %2 → %3 (%4 Gewichte + %5 Bias)</translation>
    </message>
    <message>
        <source>Layer %1: %2 → %3 (%4 weights + %5 biases)</source>
        <translation>Schicht %1: %2 → %3 (%4 Gewichte + %5 Biases)</translation>
    </message>
    <message>
        <source>Layer %1: %2 → %3 (%4 weights + %5 bias)</source>
        <translation>Schicht %1: %2 → %3 (%4 Gewichte + %5 Bias)</translation>
    </message>
    <message>
        <source>from input</source>
        <translation>von Eingabe</translation>
    </message>
    <message>
        <source>from neuron (layer %1)</source>
        <translation>vom Neuron (Schicht %1)</translation>
    </message>
    <message>
        <source>from neuron</source>
        <translation>vom Neuron</translation>
    </message>
    <message>
        <source>weights W | bias b, scale ±%1</source>
        <translation>Gewichte W | Bias b, Skala ±%1</translation>
    </message>
    <message>
        <source>W | b ±%1</source>
        <translation>W | b ±%1</translation>
    </message>
    <message>
        <source>gradient dL/dW | dL/db, scale ±%1</source>
        <translation>Gradient dL/dW | dL/db, Skala ±%1</translation>
    </message>
    <message>
        <source>dL/dW | dL/db ±%1</source>
        <translation>dL/dW | dL/db ±%1</translation>
    </message>
    <message>
        <source>weights W | bias b</source>
        <translation>Gewichte W | Bias b</translation>
    </message>
    <message>
        <source>W | b</source>
        <translation>W | b</translation>
    </message>
    <message>
        <source>gradient dL/dW | dL/db</source>
        <translation>Gradient dL/dW | dL/db</translation>
    </message>
    <message>
        <source>dL/dW | dL/db</source>
        <translation>dL/dW | dL/db</translation>
    </message>
    <message>
        <source>weights over time</source>
        <translation>Gewichte im Zeitverlauf</translation>
    </message>
    <message>
        <source>W over time</source>
        <translation>W im Verlauf</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>gradient of the last step (dL/dw)</source>
        <translation>Gradient des letzten Schritts (dL/dw)</translation>
    </message>
    <message>
        <source>dL/dw</source>
        <translation>dL/dw</translation>
    </message>
    <message>
        <source>weights per bin (log scale)</source>
        <translation>Gewichte pro Klasse (log.)</translation>
    </message>
    <message>
        <source>weights per bin</source>
        <translation>Gewichte pro Klasse</translation>
    </message>
    <message>
        <source>Hover a cell to read its value; click it to select the parameter everywhere.</source>
        <translation>Zeigen Sie auf eine Zelle, um ihren Wert zu lesen; ein Klick wählt den Parameter überall aus.</translation>
    </message>
    <message>
        <source>Layer 3 (output)</source>
        <translation>Schicht 3 (Ausgabe)</translation>
    </message>
    <message>
        <source>fit gradient colours to this step</source>
        <translation>Gradientenfarben an diesen Schritt anpassen</translation>
    </message>
    <message>
        <source>fit to this step</source>
        <translation>an Schritt anpassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) = %3 · dL/d%4 = %5 · last update %6 · step %7 — click to select</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) = %3 · dL/d%4 = %5 · letztes Update %6 · Schritt %7 — Klick zum Auswählen</translation>
    </message>
    <message>
        <source>Which layer to show: W[i, j] is the weight from input j to neuron i.</source>
        <translation>Welche Schicht gezeigt wird: W[i, j] ist das Gewicht von Eingabe j zu Neuron i.</translation>
    </message>
    <message>
        <source>On: the gradient colours are scaled to the current step&apos;s gradients (the title says the scale). Off: they keep the largest |gradient| of the run, so they fade as training converges.</source>
        <translation>Ein: Die Gradientenfarben sind auf die Gradienten des aktuellen Schritts skaliert (der Titel nennt die Skala). Aus: Sie behalten den größten |Gradienten| des Laufs und verblassen daher, wenn das Training konvergiert.</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Internal error while handling %1: %2. Training was paused.</source>
        <translation>Interner Fehler bei der Verarbeitung von %1: %2. Das Training wurde angehalten.</translation>
    </message>
    <message>
        <source>Training did not start: the trainer does not hold the current data and settings yet. Press Play again.</source>
        <translation>Das Training hat nicht begonnen: Der Trainer hat die aktuellen Daten und Einstellungen noch nicht. Drücken Sie erneut Start.</translation>
    </message>
    <message>
        <source>Internal error while taking a snapshot: %1. Training was paused.</source>
        <translation>Interner Fehler beim Erstellen eines Schnappschusses: %1. Das Training wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 was not changed: the model&apos;s structure changed after it was picked (it is now %2).</source>
        <translation>%1 wurde nicht geändert: Die Struktur des Modells hat sich geändert, nachdem er ausgewählt wurde (sie ist jetzt %2).</translation>
    </message>
    <message>
        <source>the model has no parameter %1</source>
        <translation>das Modell hat keinen Parameter %1</translation>
    </message>
</context>
</TS>
