<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Compare</name>
    <message>
        <source>Train the current model beside copies of it that differ in a few hyperparameters (learning rate, optimizer, batch size, ...), from the same starting parameters, step for step (%1).</source>
        <translation>Das aktuelle Modell neben Kopien trainieren, die sich in einigen Hyperparametern unterscheiden (Lernrate, Optimierer, Batchgröße, ...), von denselben Startparametern aus, Schritt für Schritt (%1).</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>Läufe &amp;vergleichen…</translation>
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
        <source>On the canvas: %1. The boxes after it set what Generate makes.</source>
        <translation>Auf der Zeichenfläche: %1. Die Felder dahinter bestimmen, was „Erzeugen“ erzeugt.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
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
    <name>FigureExport</name>
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
</context>
<context>
    <name>FileActions</name>
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
</context>
<context>
    <name>GifRecording</name>
    <message>
        <source>Record &amp;GIF…</source>
        <translation>&amp;GIF aufnehmen…</translation>
    </message>
    <message>
        <source>Record an animated GIF of the canvas (and the loss) while the model trains.</source>
        <translation>Ein animiertes GIF der Zeichenfläche (und des Verlusts) aufnehmen, während das Modell trainiert.</translation>
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
</context>
<context>
    <name>MainWindow</name>
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
    <name>Sweep</name>
    <message>
        <source>Train several copies of the current model side by side from the same starting parameters, each with a different value of one hyperparameter (the learning rate by default), and compare their losses and decision maps: where training diverges, and which value learns best.</source>
        <translation>Mehrere Kopien des aktuellen Modells nebeneinander von denselben Startparametern aus trainieren, jede mit einem anderen Wert eines Hyperparameters (standardmäßig der Lernrate), und ihre Verluste und Entscheidungskarten vergleichen: wo das Training divergiert und welcher Wert am besten lernt.</translation>
    </message>
    <message>
        <source>&amp;Sweep a hyperparameter…</source>
        <translation>Hyperparameter &amp;durchlaufen…</translation>
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
</TS>
