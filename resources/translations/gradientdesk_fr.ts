<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Compare</name>
    <message>
        <source>Train the current model beside copies of it that differ in a few hyperparameters (learning rate, optimizer, batch size, ...), from the same starting parameters, step for step (%1).</source>
        <translation>Entraîner le modèle actuel à côté de copies qui diffèrent par quelques hyperparamètres (taux d&apos;apprentissage, optimiseur, taille de lot, ...), depuis les mêmes paramètres de départ, pas à pas (%1).</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>&amp;Comparer des exécutions…</translation>
    </message>
</context>
<context>
    <name>DataToolbar</name>
    <message>
        <source>Empty: draw points</source>
        <translation>Vide : dessinez des points</translation>
    </message>
    <message>
        <source>Drawn: n %1</source>
        <translation>Dessinés : n %1</translation>
    </message>
    <message>
        <source>%1, n %2</source>
        <translation>%1, n %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source>Left-click or drag on the canvas to add points (B).</source>
        <translation>Cliquez ou faites glisser sur le canevas pour ajouter des points (B).</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <source>Left-drag removes points (E). A right-drag always erases.</source>
        <translation>Un glisser avec le bouton gauche retire des points (E). Un glisser avec le bouton droit efface toujours.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecter</translation>
    </message>
    <message>
        <source>Click a point (I) to see the model&apos;s worked forward pass for it; Shift+click inspects with any tool.</source>
        <translation>Cliquez sur un point (I) pour voir la propagation avant du modèle détaillée pour lui ; Maj+clic inspecte avec n&apos;importe quel outil.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every point (undoable).</source>
        <translation>Retire tous les points (annulable).</translation>
    </message>
    <message>
        <source>Class to draw</source>
        <translation>Classe à dessiner</translation>
    </message>
    <message>
        <source>The class of the points you draw. Colours are safe for colour-blind viewers.</source>
        <translation>La classe des points que vous dessinez. Les couleurs restent distinctes pour les daltoniens.</translation>
    </message>
    <message>
        <source>Add a class (up to six).</source>
        <translation>Ajoute une classe (jusqu&apos;à six).</translation>
    </message>
    <message>
        <source>Remove the last class and its points (undoable).</source>
        <translation>Retire la dernière classe et ses points (annulable).</translation>
    </message>
    <message>
        <source>The target value of the points you draw on 2-D regression data (their colour).</source>
        <translation>La valeur cible des points que vous dessinez sur des données de régression 2-D (leur couleur).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>Preset dataset</source>
        <translation>Jeu de données prédéfini</translation>
    </message>
    <message>
        <source>A ready-made dataset. Press Generate (or pick one in the Data menu).</source>
        <translation>Un jeu de données tout prêt. Appuyez sur Générer (ou choisissez-en un dans le menu Données).</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Replace the points by the chosen preset, made with the numbers beside it (undoable).</source>
        <translation>Remplace les points par le jeu choisi, généré avec les nombres à côté (annulable).</translation>
    </message>
    <message>
        <source>Number of points to generate.</source>
        <translation>Nombre de points à générer.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>défaut</translation>
    </message>
    <message>
        <source>Standard deviation of the noise added, in axis units (&apos;default&apos;: the preset&apos;s).</source>
        <translation>Écart type du bruit ajouté, en unités des axes (« défaut » : celui du jeu).</translation>
    </message>
    <message>
        <source>Random seed of the generated points.</source>
        <translation>Graine aléatoire des points générés.</translation>
    </message>
    <message>
        <source>Share of points held out to test the model (drawn hollow). Also used for points you draw.</source>
        <translation>Part des points réservés pour tester le modèle (dessinés creux). S&apos;applique aussi aux points que vous dessinez.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Brush and eraser radius (r), in the units of the axes.</source>
        <translation>Rayon du pinceau et de la gomme (r), dans les unités des axes.</translation>
    </message>
    <message>
        <source>Spray (×): points added per dab, scattered over the brush disc.</source>
        <translation>Pulvérisation (×) : points ajoutés par touche, répartis sur le disque du pinceau.</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>On the canvas: %1. The boxes after it set what Generate makes.</source>
        <translation>Sur le canevas : %1. Les champs qui suivent fixent ce que Générer crée.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Hyperparameters — you choose these</source>
        <translation>Hyperparamètres — vous les choisissez</translation>
    </message>
    <message>
        <source>Parameters — the model learns these</source>
        <translation>Paramètres — le modèle les apprend</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Runs — every run&apos;s name, what it changes from the current run, its steps and losses</source>
        <translation>Exécutions — le nom de chaque exécution, ce qu&apos;elle change par rapport à l&apos;actuelle, ses pas et ses pertes</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Figure</translation>
    </message>
    <message>
        <source>&amp;Window as PNG…</source>
        <translation>Fe&amp;nêtre en PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window, as it is now.</source>
        <translation>Enregistrer une image de toute la fenêtre, telle qu&apos;elle est maintenant.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start over with an empty canvas.</source>
        <translation>Recommencer avec un canevas vide.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a session or lesson file (.gdesk).</source>
        <translation>Ouvrir un fichier de session ou de leçon (.gdesk).</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save data, model, hyperparameters and learned parameters.</source>
        <translation>Enregistrer les données, le modèle, les hyperparamètres et les paramètres appris.</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save under a new name.</source>
        <translation>Enregistrer sous un nouveau nom.</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Load points from a CSV file (with a preview; undoable).</source>
        <translation>Charger des points depuis un fichier CSV (avec aperçu ; annulable).</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV...</source>
        <translation>Exporter les données en &amp;CSV…</translation>
    </message>
    <message>
        <source>Write x1, x2, label or target and split of every point.</source>
        <translation>Écrire x1, x2, l&apos;étiquette ou la cible et la répartition de chaque point.</translation>
    </message>
    <message>
        <source>Export trained &amp;model...</source>
        <translation>Exporter le &amp;modèle entraîné…</translation>
    </message>
    <message>
        <source>Write the learned parameters and the architecture needed to use them (JSON or NPZ). Hyperparameters are not part of a trained model.</source>
        <translation>Écrire les paramètres appris et l&apos;architecture nécessaire pour les utiliser (JSON ou NPZ). Les hyperparamètres ne font pas partie d&apos;un modèle entraîné.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>GifRecording</name>
    <message>
        <source>Record &amp;GIF…</source>
        <translation>Enregistrer un &amp;GIF…</translation>
    </message>
    <message>
        <source>Record an animated GIF of the canvas (and the loss) while the model trains.</source>
        <translation>Enregistrer un GIF animé du canevas (et de la perte) pendant que le modèle s&apos;entraîne.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>Show GradientDesk in this language from its next start.</source>
        <translation>Afficher GradientDesk dans cette langue à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language: %1. It applies when GradientDesk starts again.</source>
        <translation>Langue : %1. Elle s&apos;applique au prochain démarrage de GradientDesk.</translation>
    </message>
</context>
<context>
    <name>LessonAuthoring</name>
    <message>
        <source>Save as &amp;lesson…</source>
        <translation>Enregistrer comme &amp;leçon…</translation>
    </message>
    <message>
        <source>Make a lesson of what the window shows: its points, model and settings, with your title, goal and steps (each step may show a view or change a setting when the learner presses Next step).</source>
        <translation>Faire une leçon de ce que montre la fenêtre : ses points, son modèle et ses réglages, avec votre titre, votre objectif et vos étapes (chaque étape peut afficher une vue ou changer un réglage quand l&apos;élève appuie sur Étape suivante).</translation>
    </message>
    <message>
        <source>Open lesson &amp;folder…</source>
        <translation>Ouvrir un &amp;dossier de leçons…</translation>
    </message>
    <message>
        <source>Add a folder of your own lesson files (.md) to this menu and to the start page.</source>
        <translation>Ajouter un dossier de vos propres fichiers de leçon (.md) à ce menu et à la page d&apos;accueil.</translation>
    </message>
    <message>
        <source>Your lessons</source>
        <translation>Vos leçons</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>&amp;All lessons…</source>
        <translation>&amp;Toutes les leçons…</translation>
    </message>
    <message>
        <source>Every lesson with its goal: choose one to set it up.</source>
        <translation>Chaque leçon avec son objectif : choisissez-en une pour la préparer.</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>The lessons, free play with the preset datasets, recent files.</source>
        <translation>Les leçons, le jeu libre avec les jeux de données prédéfinis, les fichiers récents.</translation>
    </message>
    <message>
        <source>No lessons installed</source>
        <translation>Aucune leçon installée</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Leçon &amp;précédente</translation>
    </message>
    <message>
        <source>Open the previous lesson.</source>
        <translation>Ouvrir la leçon précédente.</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>Leçon s&amp;uivante</translation>
    </message>
    <message>
        <source>Open the next lesson.</source>
        <translation>Ouvrir la leçon suivante.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press Play (Space) to train, or draw points on the canvas.</source>
        <translation>Appuyez sur Lancer (Espace) pour entraîner, ou dessinez des points sur le canevas.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close GradientDesk (training stops).</source>
        <translation>Fermer GradientDesk (l&apos;entraînement s&apos;arrête).</translation>
    </message>
    <message>
        <source>&amp;Clear all points</source>
        <translation>&amp;Effacer tous les points</translation>
    </message>
    <message>
        <source>Remove every point from the canvas (undoable).</source>
        <translation>Retirer tous les points du canevas (annulable).</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>Put every panel back where it started.</source>
        <translation>Remettre chaque panneau à sa place de départ.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About GradientDesk</source>
        <translation>À &amp;propos de GradientDesk</translation>
    </message>
    <message>
        <source>Finishing the current computation…</source>
        <translation>Fin du calcul en cours…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>D&amp;onnées</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>E&amp;xpériences</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Large fonts, thick lines and full screen for a classroom (F5; Esc or F5 leaves).</source>
        <translation>Grandes polices, traits épais et plein écran pour la classe (F5 ; Échap ou F5 pour en sortir).</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Presentation &amp;options…</source>
        <translation>&amp;Options de présentation…</translation>
    </message>
    <message>
        <source>Size, full screen, hiding of advanced controls, high contrast.</source>
        <translation>Taille, plein écran, masquage des réglages avancés, contraste élevé.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Gaussians</source>
        <translation>Gaussiennes</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
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
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>Taches</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>Polynomial</source>
        <translation>Polynôme</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuage</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>Unsupervised (PCA)</source>
        <translation>Non supervisé (ACP)</translation>
    </message>
    <message>
        <source>Two Gaussian clouds: separable by a straight line.</source>
        <translation>Deux nuages gaussiens : séparables par une droite.</translation>
    </message>
    <message>
        <source>A disc inside a ring: needs a curved boundary.</source>
        <translation>Un disque dans un anneau : il faut une frontière courbe.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: no single line separates them.</source>
        <translation>Les quadrants opposés partagent une classe : aucune droite seule ne les sépare.</translation>
    </message>
    <message>
        <source>Two interleaved spirals: hard, needs a deeper network.</source>
        <translation>Deux spirales entrelacées : difficile, il faut un réseau plus profond.</translation>
    </message>
    <message>
        <source>Two interleaving half circles.</source>
        <translation>Deux demi-cercles imbriqués.</translation>
    </message>
    <message>
        <source>Three Gaussian clouds: three classes for softmax.</source>
        <translation>Trois nuages gaussiens : trois classes pour softmax.</translation>
    </message>
    <message>
        <source>Points near a straight line y = 0.6 x + 1.</source>
        <translation>Des points près de la droite y = 0.6 x + 1.</translation>
    </message>
    <message>
        <source>Points near a sine wave.</source>
        <translation>Des points près d&apos;une sinusoïde.</translation>
    </message>
    <message>
        <source>Points near a cubic curve.</source>
        <translation>Des points près d&apos;une courbe cubique.</translation>
    </message>
    <message>
        <source>A jump from -2 to 2 at x = 0.</source>
        <translation>Un saut de -2 à 2 en x = 0.</translation>
    </message>
    <message>
        <source>Heights on a tilted plane over two inputs.</source>
        <translation>Des hauteurs sur un plan incliné au-dessus de deux entrées.</translation>
    </message>
    <message>
        <source>An elongated cloud for PCA: one long and one short direction.</source>
        <translation>Un nuage allongé pour l&apos;ACP : une direction longue et une courte.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Step done ✓</source>
        <translation>Étape faite ✓</translation>
    </message>
    <message>
        <source>Tick this step in the lesson and show the next one.</source>
        <translation>Cocher cette étape dans la leçon et afficher la suivante.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>Show the data canvas beside the view, or the view alone (Ctrl+0).</source>
        <translation>Afficher le canevas des données à côté de la vue, ou la vue seule (Ctrl+0).</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Toutes les vues</translation>
    </message>
    <message>
        <source>Every view at once, for a large screen (Ctrl+9; Ctrl+0 hides the canvas); again for one view.</source>
        <translation>Toutes les vues à la fois, pour un grand écran (Ctrl+9 ; Ctrl+0 masque le canevas) ; à nouveau pour une seule vue.</translation>
    </message>
</context>
<context>
    <name>StageViews</name>
    <message>
        <source>Network diagram</source>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <source>Neurons, weights and what each neuron computes.</source>
        <translation>Neurones, poids et ce que calcule chaque neurone.</translation>
    </message>
    <message>
        <source>Weight maps</source>
        <translation>Cartes des poids</translation>
    </message>
    <message>
        <source>One layer&apos;s W, b, dL/dW and its weights over time.</source>
        <translation>W, b, dL/dW d&apos;une couche et ses poids au fil du temps.</translation>
    </message>
    <message>
        <source>Parameter traces</source>
        <translation>Tracés des paramètres</translation>
    </message>
    <message>
        <source>Every weight and bias over the steps.</source>
        <translation>Chaque poids et biais au fil des pas.</translation>
    </message>
    <message>
        <source>Update inspector</source>
        <translation>Inspecteur de mise à jour</translation>
    </message>
    <message>
        <source>The last step of one parameter, with the numbers.</source>
        <translation>Le dernier pas d&apos;un paramètre, avec les nombres.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paysage de la perte</translation>
    </message>
    <message>
        <source>The loss over two parameters, and the optimizer&apos;s path on it.</source>
        <translation>La perte sur deux paramètres et le chemin de l&apos;optimiseur dessus.</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>Propagation avant</translation>
    </message>
    <message>
        <source>What the model computes for one point, step by step.</source>
        <translation>Ce que le modèle calcule pour un point, étape par étape.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>From your model&apos;s parameters to GPT-3&apos;s, counted with one rule.</source>
        <translation>Des paramètres de votre modèle à ceux de GPT-3, comptés avec une seule règle.</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Train several copies of the current model side by side from the same starting parameters, each with a different value of one hyperparameter (the learning rate by default), and compare their losses and decision maps: where training diverges, and which value learns best.</source>
        <translation>Entraîner plusieurs copies du modèle actuel côte à côte depuis les mêmes paramètres de départ, chacune avec une valeur différente d&apos;un hyperparamètre (le taux d&apos;apprentissage par défaut), et comparer leurs pertes et cartes de décision : où l&apos;entraînement diverge, et quelle valeur apprend le mieux.</translation>
    </message>
    <message>
        <source>&amp;Sweep a hyperparameter…</source>
        <translation>&amp;Balayer un hyperparamètre…</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>1 step/s</source>
        <translation>1 pas/s</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 pas/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 pas/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 pas/s</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 pas/s</translation>
    </message>
    <message>
        <source>1000 steps/s</source>
        <translation>1000 pas/s</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Train continuously (Space). Press again to pause.</source>
        <translation>Entraîner en continu (Espace). Appuyez à nouveau pour mettre en pause.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>One gradient-descent step on one minibatch (Right arrow).</source>
        <translation>Un pas de descente de gradient sur un mini-lot (flèche droite).</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Train until the current pass over the training points is complete (Shift+Right).</source>
        <translation>Entraîner jusqu&apos;à la fin du passage en cours sur les points d&apos;entraînement (Maj+Droite).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Fresh parameters from the seed (R). The same seed gives the same start.</source>
        <translation>Nouveaux paramètres à partir de la graine (R). La même graine donne le même départ.</translation>
    </message>
    <message>
        <source>How many gradient-descent steps per second. Slow speeds let you follow each update; &apos;As fast as possible&apos; trains at full speed.</source>
        <translation>Combien de pas de descente de gradient par seconde. Lentement, vous suivez chaque mise à jour ; « Aussi vite que possible » entraîne à pleine vitesse.</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> Vitesse : </translation>
    </message>
    <message>
        <source>Step: updates so far. Epoch: complete passes over the training points. Examples: training points the model has seen.</source>
        <translation>Pas : mises à jour jusqu&apos;ici. Époque : passages complets sur les points d&apos;entraînement. Exemples : points d&apos;entraînement vus par le modèle.</translation>
    </message>
    <message>
        <source>Speed: %1, as this lesson needs (change it in the training bar).</source>
        <translation>Vitesse : %1, comme l&apos;exige cette leçon (modifiable dans la barre d&apos;entraînement).</translation>
    </message>
    <message>
        <source>%1
Not available now: %2</source>
        <translation>%1
Indisponible pour l&apos;instant : %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>  step %1 · epoch %2 · %3 examples  </source>
        <translation>  pas %1 · époque %2 · %3 exemples  </translation>
    </message>
</context>
</TS>
