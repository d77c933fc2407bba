<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Plus de menus</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Défiler vers la gauche</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Défiler vers la droite</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>variance expliquée</translation>
    </message>
    <message>
        <source>No training yet.</source>
        <translation>Pas encore d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Pas %1</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>perte d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>perte de test %1</translation>
    </message>
    <message>
        <source>test %1 %2</source>
        <translation>%1 de test %2</translation>
    </message>
    <message>
        <source>train %1 %2</source>
        <translation>%1 d&apos;entraînement %2</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>a divergé</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation>%1, en pause</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>État de l&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave is off: cannot create %1 (%2).</source>
        <translation>L&apos;enregistrement automatique est désactivé : impossible de créer %1 (%2).</translation>
    </message>
    <message>
        <source>Autosave is off: cannot lock a file in %1.</source>
        <translation>L&apos;enregistrement automatique est désactivé : impossible de verrouiller un fichier dans %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique : %1</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Keyboard: arrow keys move the cross (Shift: further), Enter adds a point of the current class there, Delete removes the nearest point.</source>
        <translation>Clavier : les flèches déplacent la croix (Maj : plus loin), Entrée y ajoute un point de la classe actuelle, Suppr retire le point le plus proche.</translation>
    </message>
    <message>
        <source>Canvas: cursor at %1. %2</source>
        <translation>Canevas : curseur en %1. %2</translation>
    </message>
    <message>
        <source>Cursor at %1</source>
        <translation>Curseur en %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>a point</source>
        <translation>un point</translation>
    </message>
    <message>
        <source>Added %1 point (%2) at %3</source>
        <translation>%1 point ajouté (%2) en %3</translation>
    </message>
    <message>
        <source>Added %1 points (%2) at %3</source>
        <translation>%1 points ajoutés (%2) en %3</translation>
    </message>
    <message>
        <source>No points to remove</source>
        <translation>Aucun point à retirer</translation>
    </message>
    <message>
        <source>Removed the point at (%1, %2)</source>
        <translation>Point retiré en (%1, %2)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>reconstruction</translation>
    </message>
    <message>
        <source>learned components</source>
        <translation>composantes apprises</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>point de test</translation>
    </message>
    <message>
        <source>decision boundary</source>
        <translation>frontière de décision</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <source>colour: target (points), prediction (background)</source>
        <translation>couleur : cible (points), prédiction (fond)</translation>
    </message>
    <message>
        <source>ring: last minibatch</source>
        <translation>anneau : dernier mini-lot</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Data canvas</source>
        <translation>Canevas des données</translation>
    </message>
    <message>
        <source>y (target)</source>
        <translation>y (cible)</translation>
    </message>
    <message>
        <source>Training diverged. Shown: the model before it diverged (step %1), the last finite one.</source>
        <translation>L&apos;entraînement a divergé. Affiché : le modèle d&apos;avant la divergence (pas %1), le dernier fini.</translation>
    </message>
    <message>
        <source>Training diverged at step %1. Shown: the model before it diverged (step %2), the last finite one.</source>
        <translation>L&apos;entraînement a divergé au pas %1. Affiché : le modèle d&apos;avant la divergence (pas %2), le dernier fini.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Train the current model beside copies of it that differ in a few hyperparameters (learning rate, optimizer, batch size, ...), from the same starting parameters, step for step (%1).</source>
        <translation>Entraîner le modèle actuel à côté de copies qui diffèrent par quelques hyperparamètres (taux d&apos;apprentissage, optimiseur, taille de lot, ...), depuis les mêmes paramètres de départ, pas à pas (%1).</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <source>Change run B, then Start.</source>
        <translation>Modifiez l&apos;exécution B, puis Démarrer.</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Ajouter une exécution</translation>
    </message>
    <message>
        <source>Add another copy of A (up to D) to change and compare.</source>
        <translation>Ajouter une autre copie de A (jusqu&apos;à D) à modifier et à comparer.</translation>
    </message>
    <message>
        <source>Every run trains this many epochs (passes over the training points).</source>
        <translation>Chaque exécution s&apos;entraîne pendant ce nombre d&apos;époques (passages sur les points d&apos;entraînement).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Train every run on from where it is (its parameters and optimizer state) for the epochs set here; Start trains them again from the beginning.</source>
        <translation>Poursuivre l&apos;entraînement de chaque exécution là où elle en est (ses paramètres et l&apos;état de l&apos;optimiseur) pendant les époques réglées ici ; Démarrer les entraîne de nouveau depuis le début.</translation>
    </message>
    <message>
        <source>Run to adopt</source>
        <translation>Exécution à adopter</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Make the chosen run&apos;s hyperparameters the main window&apos;s.</source>
        <translation>Donner à la fenêtre principale les hyperparamètres de l&apos;exécution choisie.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log.</translation>
    </message>
    <message>
        <source>Draw the losses on a log scale: small losses of a run that learns well stay apart.</source>
        <translation>Tracer les pertes sur une échelle logarithmique : les petites pertes d&apos;une exécution qui apprend bien restent distinctes.</translation>
    </message>
    <message>
        <source>The parameter whose value in every run the traces show.</source>
        <translation>Le paramètre dont les tracés montrent la valeur dans chaque exécution.</translation>
    </message>
    <message>
        <source>Decision maps of the runs</source>
        <translation>Cartes de décision des exécutions</translation>
    </message>
    <message>
        <source>Loss curves of the runs</source>
        <translation>Courbes de perte des exécutions</translation>
    </message>
    <message>
        <source>Parameter traces of the runs</source>
        <translation>Tracés des paramètres des exécutions</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>Adopt %1</source>
        <translation>Adopter %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Nothing to train.</source>
        <translation>Rien à entraîner.</translation>
    </message>
    <message>
        <source>Continuing %1 runs…</source>
        <translation>Poursuite de %1 exécutions…</translation>
    </message>
    <message>
        <source>Starting %1 runs…</source>
        <translation>Démarrage de %1 exécutions…</translation>
    </message>
    <message>
        <source>The saved comparison could not be shown: %1</source>
        <translation>La comparaison enregistrée n&apos;a pas pu être affichée : %1</translation>
    </message>
    <message>
        <source>Opened from the file. %1 Continue trains every run on; the parameter traces start at the saved step (a file keeps the losses, not every path).</source>
        <translation>Ouvert depuis le fichier. %1 Continuer poursuit l&apos;entraînement de chaque exécution ; les tracés des paramètres commencent au pas enregistré (un fichier garde les pertes, pas chaque chemin).</translation>
    </message>
    <message>
        <source>Branched from step %1 of the main run (epoch %2): every run goes on from its parameters and optimizer state, for the epochs set here.</source>
        <translation>Bifurqué depuis le pas %1 de l&apos;exécution principale (époque %2) : chaque exécution repart de ses paramètres et de l&apos;état de l&apos;optimiseur, pendant les époques réglées ici.</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Arrêté. %1</translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation>La comparaison s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Nothing was trained.</source>
        <translation>Rien n&apos;a été entraîné.</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Terminé. %1</translation>
    </message>
    <message>
        <source>Training. %1</source>
        <translation>Entraînement en cours. %1</translation>
    </message>
    <message>
        <source>A comparison needs run A and at least one other run.</source>
        <translation>Une comparaison a besoin de l&apos;exécution A et d&apos;au moins une autre exécution.</translation>
    </message>
    <message>
        <source>Run A is the main window&apos;s run: every other run is compared with it.</source>
        <translation>L&apos;exécution A est celle de la fenêtre principale : toutes les autres sont comparées avec elle.</translation>
    </message>
    <message>
        <source>Run %1 removed. %2</source>
        <translation>Exécution %1 supprimée. %2</translation>
    </message>
    <message>
        <source>Not adopted: the main window refused run %1&apos;s settings.</source>
        <translation>Non adopté : la fenêtre principale a refusé les réglages de l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>Adopted: the main window now trains with run %1&apos;s hyperparameters.</source>
        <translation>Adopté : la fenêtre principale s&apos;entraîne maintenant avec les hyperparamètres de l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>&amp;Comparer des exécutions…</translation>
    </message>
    <message>
        <source>&lt;i&gt;same structure&lt;/i&gt; (?)</source>
        <translation>&lt;i&gt;même structure&lt;/i&gt; (?)</translation>
    </message>
    <message>
        <source>The main window&apos;s run (change it there).</source>
        <translation>L&apos;exécution de la fenêtre principale (modifiez-la là-bas).</translation>
    </message>
    <message>
        <source>Run %1: change any setting; what differs from A is highlighted.</source>
        <translation>Exécution %1 : modifiez n&apos;importe quel réglage ; ce qui diffère de A est mis en évidence.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove run %1 (the runs after it move up a letter).</source>
        <translation>Retirer l&apos;exécution %1 (les suivantes remontent d&apos;une lettre).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Maintenant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each run&apos;s step, then its training · test loss, in the latest frame.</source>
        <translation>Le pas de chaque exécution, puis sa perte d&apos;entraînement · de test, dans la dernière image.</translation>
    </message>
    <message>
        <source>Run %1 not changed: %2</source>
        <translation>Exécution %1 non modifiée : %2</translation>
    </message>
    <message>
        <source>At most %1 runs can be compared (%2); remove one first.</source>
        <translation>Au plus %1 exécutions peuvent être comparées (%2) ; retirez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>Only settings that keep the model&apos;s structure can differ between the runs. The model, its layers, activation, output, loss and input features are those of the main window: the runs train together in one batched step, which needs one structure (change it in the main window, then compare again).</source>
        <translation>Seuls les réglages qui conservent la structure du modèle peuvent différer entre les exécutions. Le modèle, ses couches, l&apos;activation, la sortie, la perte et les caractéristiques d&apos;entrée sont ceux de la fenêtre principale : les exécutions s&apos;entraînent ensemble en un seul pas groupé, qui exige une seule structure (modifiez-la dans la fenêtre principale, puis comparez de nouveau).</translation>
    </message>
    <message>
        <source>Same seed: the same starting parameters and, with equal batch sizes, the same minibatches in the same order. The runs train in lockstep, step for step.</source>
        <translation>Même graine : les mêmes paramètres de départ et, à tailles de lot égales, les mêmes mini-lots dans le même ordre. Les exécutions s&apos;entraînent en parallèle, pas à pas.</translation>
    </message>
    <message>
        <source>%1 is the same as A.</source>
        <translation>%1 est identique à A.</translation>
    </message>
    <message>
        <source>%1 %2 (A %3)</source>
        <translation>%1 %2 (A %3)</translation>
    </message>
    <message>
        <source>%1 differs: %2.</source>
        <translation>%1 diffère : %2.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>décroissance</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>échelle</translation>
    </message>
    <message>
        <source>as in the main window</source>
        <translation>comme dans la fenêtre principale</translation>
    </message>
    <message>
        <source>same as A</source>
        <translation>identique à A</translation>
    </message>
    <message>
        <source>%1 diverged at step %2</source>
        <translation>%1 a divergé au pas %2</translation>
    </message>
    <message>
        <source>%1: training loss %2 at epoch %3 (step %4)</source>
        <translation>%1 : perte d&apos;entraînement %2 à l&apos;époque %3 (pas %4)</translation>
    </message>
    <message>
        <source>%1: test loss %2 at epoch %3 (step %4)</source>
        <translation>%1 : perte de test %2 à l&apos;époque %3 (pas %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;not trained yet&lt;br&gt;&amp;nbsp;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2&lt;br&gt;pas encore entraîné&lt;br&gt;&amp;nbsp;</translation>
    </message>
    <message>
        <source>&lt;b&gt;diverged at step %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;a divergé au pas %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3 parameters&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2&lt;br&gt;%3 paramètres&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>loss: training ━━, test ╍╍</source>
        <translation>perte : entraînement ━━, test ╍╍</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>there are no points to show the runs on</source>
        <translation>il n&apos;y a aucun point sur lequel montrer les exécutions</translation>
    </message>
</context>
<context>
    <name>Compatibility</name>
    <message>
        <source>%1 needs targets, but this dataset has none (it is made for PCA). Pick a classification or regression dataset, or the PCA model.</source>
        <translation>%1 a besoin de cibles, mais ce jeu de données n&apos;en a pas (il est fait pour l&apos;ACP). Choisissez un jeu de classification ou de régression, ou le modèle ACP.</translation>
    </message>
    <message>
        <source>%1 predicts numbers, but this dataset has classes. Use logistic or softmax regression or a neural network, or pick a regression dataset.</source>
        <translation>%1 prédit des nombres, mais ce jeu de données a des classes. Utilisez la régression logistique ou softmax ou un réseau de neurones, ou choisissez un jeu de régression.</translation>
    </message>
    <message>
        <source>Logistic regression separates two classes, but this dataset has numbers. Use softmax regression for more classes, or linear regression for numbers.</source>
        <translation>La régression logistique sépare deux classes, mais ce jeu de données contient des nombres. Utilisez la régression softmax pour plus de classes, ou la régression linéaire pour des nombres.</translation>
    </message>
    <message>
        <source>Logistic regression separates two classes, but this dataset has %1 classes. Use softmax regression for more classes, or linear regression for numbers.</source>
        <translation>La régression logistique sépare deux classes, mais ce jeu de données a %1 classes. Utilisez la régression softmax pour plus de classes, ou la régression linéaire pour des nombres.</translation>
    </message>
    <message>
        <source>Softmax regression predicts classes, but this dataset has numbers. Use linear regression or a neural network.</source>
        <translation>La régression softmax prédit des classes, mais ce jeu de données contient des nombres. Utilisez la régression linéaire ou un réseau de neurones.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Parameters reset from seed %1.</source>
        <translation>Paramètres réinitialisés à partir de la graine %1.</translation>
    </message>
    <message>
        <source>A structural hyperparameter</source>
        <translation>Hyperparamètre de structure</translation>
    </message>
    <message>
        <source>%1 changed: the parameters were re-initialized.</source>
        <translation>%1 : valeur modifiée ; les paramètres ont été réinitialisés.</translation>
    </message>
    <message>
        <source>%1 changed; training goes on with the same parameters.</source>
        <translation>%1 : valeur modifiée ; l&apos;entraînement continue avec les mêmes paramètres.</translation>
    </message>
    <message>
        <source>The canvas is empty: draw some points or pick a preset from the Data menu.</source>
        <translation>Le canevas est vide : dessinez des points ou choisissez un jeu dans le menu Données.</translation>
    </message>
    <message>
        <source>Cannot train yet: %1.</source>
        <translation>Impossible d&apos;entraîner pour l&apos;instant : %1.</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1 : %2</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>unsupervised</source>
        <translation>apprentissage non supervisé</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Latin-1.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 ; il a été lu en Latin-1.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>more than %1 rows; GradientDesk opens at most %1 points</source>
        <translation>plus de %1 lignes ; GradientDesk ouvre au plus %1 points</translation>
    </message>
    <message>
        <source>the file is not valid CSV (%1)</source>
        <translation>le fichier n&apos;est pas un CSV valide (%1)</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>le fichier a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 columns (%3)</source>
        <translation>%1 valeurs, mais l&apos;en-tête a %2 colonnes (%3)</translation>
    </message>
    <message>
        <source>%1 values, but the first row has %2 columns</source>
        <translation>%1 valeurs, mais la première ligne a %2 colonnes</translation>
    </message>
    <message>
        <source>no column for %1: %2 data needs the columns %3</source>
        <translation>aucune colonne pour %1 : les données de la tâche %2 ont besoin des colonnes %3</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>tâche inconnue %1</translation>
    </message>
    <message>
        <source>No split column: %1 of %2 points were put in the test split at random (%3).</source>
        <translation>Pas de colonne de répartition : %1 points sur %2 ont été mis au hasard dans la répartition de test (%3).</translation>
    </message>
    <message>
        <source>%1 points lie outside the canvas square [-%2, %2]: imported as they are, not rescaled. Consider scaling the data.</source>
        <translation>%1 points se trouvent hors du carré du canevas [-%2, %2] : importés tels quels, sans remise à l&apos;échelle. Pensez à mettre les données à l&apos;échelle.</translation>
    </message>
    <message>
        <source>%1 point lies outside the canvas square [-%2, %2]: imported as they are, not rescaled. Consider scaling the data.</source>
        <translation>%1 point se trouve hors du carré du canevas [-%2, %2] : importé tel quel, sans remise à l&apos;échelle. Pensez à mettre les données à l&apos;échelle.</translation>
    </message>
    <message>
        <source>Not used: columns %1.</source>
        <translation>Non utilisées : colonnes %1.</translation>
    </message>
    <message>
        <source>Not used: column %1.</source>
        <translation>Non utilisée : colonne %1.</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>la valeur manque</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a finite number (NaN and infinity are not allowed)</source>
        <translation>%1 n&apos;est pas un nombre fini (NaN et l&apos;infini ne sont pas permis)</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>la valeur %1</translation>
    </message>
    <message>
        <source>the class label is missing</source>
        <translation>l&apos;étiquette de classe manque</translation>
    </message>
    <message>
        <source>%1 is not a class: use whole numbers 0 to %2 or class names</source>
        <translation>%1 n&apos;est pas une classe : utilisez des nombres entiers de 0 à %2 ou des noms de classe</translation>
    </message>
    <message>
        <source>%1 is a 7th class; GradientDesk shows at most %2 classes</source>
        <translation>%1 est une 7e classe ; GradientDesk affiche au plus %2 classes</translation>
    </message>
    <message>
        <source>a class name may have at most %1 characters</source>
        <translation>un nom de classe peut avoir au plus %1 caractères</translation>
    </message>
    <message>
        <source>%1 must be train or test</source>
        <translation>%1 doit valoir train ou test</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Classification (x1, x2, label)</source>
        <translation>Classification (x1, x2, classe)</translation>
    </message>
    <message>
        <source>Regression (x or x1, x2, target)</source>
        <translation>Régression (x ou x1, x2, cible)</translation>
    </message>
    <message>
        <source>Unsupervised - PCA (x1, x2)</source>
        <translation>Non supervisé - ACP (x1, x2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Import CSV - %1</source>
        <translation>Importer un CSV - %1</translation>
    </message>
    <message>
        <source>Detected from the header and the values; change it if the guess is wrong.</source>
        <translation>Détecté d&apos;après l&apos;en-tête et les valeurs ; modifiez-le si la supposition est fausse.</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>First %1 of %2 rows (line numbers as in the file):</source>
        <translation>Les %1 premières lignes sur %2 (numéros de ligne comme dans le fichier) :</translation>
    </message>
    <message>
        <source>Nothing will be imported until the problem below is fixed in the file.</source>
        <translation>Rien ne sera importé tant que le problème ci-dessous n&apos;est pas corrigé dans le fichier.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import impossible : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>label</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>%1 points (%2 train, %3 test), %4-D</source>
        <translation>%1 points (%2 d&apos;entraînement, %3 de test), %4-D</translation>
    </message>
    <message>
        <source>; classes %1</source>
        <translation> ; classes %1</translation>
    </message>
    <message>
        <source>; targets from %1 to %2</source>
        <translation> ; cibles de %1 à %2</translation>
    </message>
</context>
<context>
    <name>DataEdits</name>
    <message>
        <source>custom</source>
        <translation>Données personnalisées</translation>
    </message>
    <message>
        <source>empty canvas: draw some points</source>
        <translation>canevas vide : dessinez des points</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 classes</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>sans étiquettes</translation>
    </message>
    <message>
        <source>%1: %2 points (%3 train, %4 test), %5</source>
        <translation>%1 : %2 points (%3 d&apos;entraînement, %4 de test), %5</translation>
    </message>
    <message>
        <source>Could not make the dataset: %1</source>
        <translation>Impossible de créer le jeu de données : %1</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>Charger le jeu %1</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>Chargé : %1.</translation>
    </message>
    <message>
        <source>Points not added: %1</source>
        <translation>Points non ajoutés : %1</translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation>Dessiner des points</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>Gommer des points</translation>
    </message>
    <message>
        <source>Clear all points</source>
        <translation>Effacer tous les points</translation>
    </message>
    <message>
        <source>Use %1 classes</source>
        <translation>Utiliser %1 classes</translation>
    </message>
    <message>
        <source>Replace data</source>
        <translation>Remplacer les données</translation>
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
        <source>Not generated: %1.</source>
        <translation>Non généré : %1.</translation>
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
    <name>Dataset</name>
    <message>
        <source>the coordinate x%2 of point %1</source>
        <translation>la coordonnée x%2 du point %1</translation>
    </message>
    <message>
        <source>the target of point %1</source>
        <translation>la cible du point %1</translation>
    </message>
    <message>
        <source>point coordinates must be numbers</source>
        <translation>les coordonnées des points doivent être des nombres</translation>
    </message>
    <message>
        <source>the dataset is empty: draw or load at least one point</source>
        <translation>le jeu de données est vide : dessinez ou chargez au moins un point</translation>
    </message>
    <message>
        <source>point %1 has a coordinate that is not a finite number (NaN or infinity)</source>
        <translation>le point %1 a une coordonnée qui n&apos;est pas un nombre fini (NaN ou infini)</translation>
    </message>
    <message>
        <source>a classification dataset has between 2 and %1 classes; got %2</source>
        <translation>un jeu de données de classification a entre 2 et %1 classes ; reçu : %2</translation>
    </message>
    <message>
        <source>label %1 has no class name (there are %2 classes)</source>
        <translation>l&apos;étiquette %1 n&apos;a pas de nom de classe (il y a %2 classes)</translation>
    </message>
    <message>
        <source>class labels must be whole numbers 0, 1, 2, ...</source>
        <translation>les étiquettes de classe doivent être des nombres entiers 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>class labels must be 0 or larger</source>
        <translation>les étiquettes de classe doivent valoir 0 ou plus</translation>
    </message>
    <message>
        <source>targets must be numbers</source>
        <translation>les cibles doivent être des nombres</translation>
    </message>
    <message>
        <source>the target of point %1 is not a finite number (NaN or infinity)</source>
        <translation>la cible du point %1 n&apos;est pas un nombre fini (NaN ou infini)</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Diagram: arrow keys choose the next or previous parameter, Page Up/Down the array, Home/End the ends.</source>
        <translation>Schéma : les flèches choisissent le paramètre suivant ou précédent, Page préc./suiv. le tableau, Début/Fin les extrémités.</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>Sélectionné %1</translation>
    </message>
    <message>
        <source>Selected %1 = %2</source>
        <translation>Sélectionné %1 = %2</translation>
    </message>
    <message>
        <source>Selected %1 = %2, gradient %3</source>
        <translation>Sélectionné %1 = %2, gradient %3</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ent.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sort.</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 de plus</translation>
    </message>
    <message>
        <source>all weights are 0 and all biases are 0 (grey edges, white swatches)</source>
        <translation>tous les poids valent 0 et tous les biais valent 0 (arêtes grises, pastilles blanches)</translation>
    </message>
    <message>
        <source>all weights are 0 (grey edges)</source>
        <translation>tous les poids valent 0 (arêtes grises)</translation>
    </message>
    <message>
        <source>widest edge |w| = %1</source>
        <translation>arête la plus large |w| = %1</translation>
    </message>
    <message>
        <source>all biases are 0</source>
        <translation>tous les biais valent 0</translation>
    </message>
    <message>
        <source>strongest bias colour |b| = %1</source>
        <translation>couleur de biais la plus forte |b| = %1</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positive&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negative&lt;/b&gt;&lt;/span&gt; weight, %1 · square: a neuron&apos;s output over %2 · corner swatch: its bias · hover for values, click to select, double-click (paused) to edit</source>
        <translation>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positif&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ négatif&lt;/b&gt;&lt;/span&gt; poids, %1 · carré : la sortie d&apos;un neurone sur %2 · pastille du coin : son biais · survolez pour les valeurs, clic pour sélectionner, double-clic (en pause) pour modifier</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positive&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negative&lt;/b&gt;&lt;/span&gt; weight, %1 · hover for values</source>
        <translation>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positif&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ négatif&lt;/b&gt;&lt;/span&gt; poids, %1 · survolez pour les valeurs</translation>
    </message>
    <message>
        <source>the input line (x1 →)</source>
        <translation>la droite d&apos;entrée (x1 →)</translation>
    </message>
    <message>
        <source>the input plane (x1 →, x2 ↑)</source>
        <translation>le plan d&apos;entrée (x1 →, x2 ↑)</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 weights drawn</source>
        <translation>%1 · %2 poids dessinés sur %3</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 weights drawn (the strongest of each layer pair)</source>
        <translation>%1 · %2 poids dessinés sur %3 (les plus forts de chaque paire de couches)</translation>
    </message>
    <message>
        <source>&lt;b&gt;input %1&lt;/b&gt; — an input feature, computed from the point&apos;s coordinates (nothing to learn: the weights leaving it are).</source>
        <translation>&lt;b&gt;entrée %1&lt;/b&gt; — une caractéristique d&apos;entrée, calculée à partir des coordonnées du point (rien à apprendre : les poids qui en partent, si).</translation>
    </message>
    <message>
        <source>click: select · double-click: edit</source>
        <translation>clic : sélectionner · double-clic : modifier</translation>
    </message>
    <message>
        <source>click: select</source>
        <translation>clic : sélectionner</translation>
    </message>
    <message>
        <source>%1

The diagram draws networks of dense layers. PCA&apos;s directions are drawn on the canvas;
its weights are in the weight maps and the parameter table.</source>
        <translation>%1

Le schéma dessine des réseaux de couches denses. Les directions de l&apos;ACP sont dessinées sur le canevas ;
ses poids sont dans les cartes des poids et le tableau des paramètres.</translation>
    </message>
    <message>
        <source>Input %1 is an input feature, not a parameter: click a weight (edge) or a neuron (its bias).</source>
        <translation>L&apos;entrée %1 est une caractéristique d&apos;entrée, pas un paramètre : cliquez sur un poids (arête) ou un neurone (son biais).</translation>
    </message>
    <message>
        <source>Pause training (Space) to edit a weight or bias by hand.</source>
        <translation>Mettez l&apos;entraînement en pause (Espace) pour modifier un poids ou un biais à la main.</translation>
    </message>
    <message>
        <source>%1 set to %2: the output map shows the change.</source>
        <translation>%1 réglé à %2 : la carte de sortie montre le changement.</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Modifier la valeur…</translation>
    </message>
    <message>
        <source>Edit value… (pause training first)</source>
        <translation>Modifier la valeur… (mettez d&apos;abord l&apos;entraînement en pause)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;not a parameter of this model</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;pas un paramètre de ce modèle</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>gradient dL/d%1</source>
        <translation>gradient dL/d%1</translation>
    </message>
    <message>
        <source>last update</source>
        <translation>dernière mise à jour</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3step %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3pas %4</translation>
    </message>
    <message>
        <source>between -1,000,000 and 1,000,000</source>
        <translation>entre -1 000 000 et 1 000 000</translation>
    </message>
    <message>
        <source>New value of %1</source>
        <translation>Nouvelle valeur de %1</translation>
    </message>
    <message>
        <source>New value of %1: type a number and press Enter (Escape cancels).</source>
        <translation>Nouvelle valeur de %1 : tapez un nombre et appuyez sur Entrée (Échap annule).</translation>
    </message>
    <message>
        <source>a number, e.g. -0.25</source>
        <translation>un nombre, p. ex. -0.25</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: type a value such as -0.25 or 1e-3.</source>
        <translation>« %1 » n&apos;est pas un nombre : tapez une valeur comme -0.25 ou 1e-3.</translation>
    </message>
    <message>
        <source>%1 must be %2; &apos;%3&apos; is not.</source>
        <translation>%1 doit être %2 ; « %3 » ne l&apos;est pas.</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>The loss became infinite at step %1: the learning rate %2 is too large for this model. Try %3, then Reset: from the same start it trained (the loss fell over %4 test steps). The parameters were put back to their values at step %5, the last ones known to be finite.</source>
        <translation>La perte est devenue infinie au pas %1 : le taux d&apos;apprentissage %2 est trop grand pour ce modèle. Essayez %3, puis Réinitialiser : depuis le même départ, il a entraîné (la perte a baissé sur %4 pas de test). Les paramètres ont été remis à leurs valeurs du pas %5, les dernières connues comme finies.</translation>
    </message>
    <message>
        <source>The weights exploded (past a million) at step %1: the learning rate %2 is too large for this model. Try %3, then Reset: from the same start it trained (the loss fell over %4 test steps). The parameters were put back to their values at step %5, the last ones known to be finite.</source>
        <translation>Les poids ont explosé (au-delà d&apos;un million) au pas %1 : le taux d&apos;apprentissage %2 est trop grand pour ce modèle. Essayez %3, puis Réinitialiser : depuis le même départ, il a entraîné (la perte a baissé sur %4 pas de test). Les paramètres ont été remis à leurs valeurs du pas %5, les dernières connues comme finies.</translation>
    </message>
    <message>
        <source>The loss became infinite at step %1: the learning rate %2 is too large for this model. Try %3, then Reset. The parameters were put back to their values at step %4, the last ones known to be finite.</source>
        <translation>La perte est devenue infinie au pas %1 : le taux d&apos;apprentissage %2 est trop grand pour ce modèle. Essayez %3, puis Réinitialiser. Les paramètres ont été remis à leurs valeurs du pas %4, les dernières connues comme finies.</translation>
    </message>
    <message>
        <source>The weights exploded (past a million) at step %1: the learning rate %2 is too large for this model. Try %3, then Reset. The parameters were put back to their values at step %4, the last ones known to be finite.</source>
        <translation>Les poids ont explosé (au-delà d&apos;un million) au pas %1 : le taux d&apos;apprentissage %2 est trop grand pour ce modèle. Essayez %3, puis Réinitialiser. Les paramètres ont été remis à leurs valeurs du pas %4, les dernières connues comme finies.</translation>
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
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>DocumentEdits</name>
    <message>
        <source>learned parameters were given for data that cannot be trained on</source>
        <translation>des paramètres appris ont été fournis pour des données sur lesquelles on ne peut pas entraîner</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>the input feature %1 needs a second coordinate x2, but this dataset has only x1; turn it off</source>
        <translation>la caractéristique d&apos;entrée %1 demande une seconde coordonnée x2, mais ce jeu de données n&apos;a que x1 ; désactivez-la</translation>
    </message>
    <message>
        <source>choose at least one input feature</source>
        <translation>choisissez au moins une caractéristique d&apos;entrée</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation>Dessin vectoriel SVG (*.svg)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot encode the image for %1</source>
        <translation>Impossible d&apos;encoder l&apos;image pour %1</translation>
    </message>
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
    <message>
        <source>Save the %1 as a PNG image or an SVG drawing.</source>
        <translation>Enregistrer « %1 » comme image PNG ou dessin SVG.</translation>
    </message>
    <message>
        <source>Save figure…</source>
        <translation>Enregistrer la figure…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 KB)</source>
        <translation>%1 enregistré (%2 Ko)</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3 px)</source>
        <translation>%1 enregistré (%2×%3 px)</translation>
    </message>
    <message>
        <source>Could not export the %1 to %2.

%3</source>
        <translation>Impossible d&apos;exporter « %1 » vers %2.

%3</translation>
    </message>
    <message>
        <source>Export window</source>
        <translation>Exporter la fenêtre</translation>
    </message>
    <message>
        <source>Could not export the window to %1.

%2</source>
        <translation>Impossible d&apos;exporter la fenêtre vers %1.

%2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>GradientDesk sessions (*.gdesk);;All files (*)</source>
        <translation>Sessions GradientDesk (*.gdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Model as JSON (*.json)</source>
        <translation>Modèle en JSON (*.json)</translation>
    </message>
    <message>
        <source>Model as NumPy archive (*.npz)</source>
        <translation>Modèle en archive NumPy (*.npz)</translation>
    </message>
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
    <message>
        <source>Open a session or lesson</source>
        <translation>Ouvrir une session ou une leçon</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 n&apos;a pas été ouvert : %2</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Opened %1: %2.</source>
        <translation>%1 ouvert : %2.</translation>
    </message>
    <message>
        <source>Save the session as</source>
        <translation>Enregistrer la session sous</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n&apos;a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Import points from a CSV file</source>
        <translation>Importer des points depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (Undo takes it back).</source>
        <translation>%1 importé depuis %2 (Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>The canvas is empty.</source>
        <translation>Le canevas est vide.</translation>
    </message>
    <message>
        <source>Export the points as CSV</source>
        <translation>Exporter les points en CSV</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Exported %1 points to %2.</source>
        <translation>%1 points exportés vers %2.</translation>
    </message>
    <message>
        <source>No trained model</source>
        <translation>Aucun modèle entraîné</translation>
    </message>
    <message>
        <source>Nothing exported: %1.</source>
        <translation>Rien n&apos;a été exporté : %1.</translation>
    </message>
    <message>
        <source>Export the trained model</source>
        <translation>Exporter le modèle entraîné</translation>
    </message>
    <message>
        <source>Exported the trained model&apos;s parameters to %1.</source>
        <translation>Paramètres du modèle entraîné exportés vers %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>Your points, model and learned parameters are lost if you do not save them.</source>
        <translation>Vos points, votre modèle et les paramètres appris sont perdus si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Autosave is off: this system has no folder for application data.</source>
        <translation>L&apos;enregistrement automatique est désactivé : ce système n&apos;a pas de dossier pour les données d&apos;application.</translation>
    </message>
</context>
<context>
    <name>ForwardPass</name>
    <message>
        <source>Pick the &lt;b&gt;Inspect&lt;/b&gt; tool (I) and click a data point — or Shift+click anywhere on the canvas — to see what the model computes for it, layer by layer, with the real numbers.</source>
        <translation>Choisissez l&apos;outil &lt;b&gt;Inspecter&lt;/b&gt; (I) et cliquez sur un point de données — ou Maj+clic n&apos;importe où sur le canevas — pour voir ce que le modèle calcule pour lui, couche par couche, avec les vrais nombres.</translation>
    </message>
    <message>
        <source>… %1 more rows</source>
        <translation>… %1 lignes de plus</translation>
    </message>
    <message>
        <source>The model is not ready for these data yet.</source>
        <translation>Le modèle n&apos;est pas encore prêt pour ces données.</translation>
    </message>
    <message>
        <source>data point #%1</source>
        <translation>point de données n° %1</translation>
    </message>
    <message>
        <source>a position with no data point</source>
        <translation>une position sans point de données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point (%1)&lt;/b&gt;: %2 · parameters of step %3</source>
        <translation>&lt;b&gt;Point (%1)&lt;/b&gt; : %2 · paramètres du pas %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input features&lt;/b&gt;  x = (%1)</source>
        <translation>&lt;b&gt;Caractéristiques d&apos;entrée&lt;/b&gt;  x = (%1)</translation>
    </message>
    <message>
        <source>,  %1 = f(%2) with %3</source>
        <translation>,  %1 = f(%2) avec %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction: &lt;span style=&apos;color:%1&apos;&gt;class %2&lt;/span&gt;&lt;/b&gt;   (output %3)</source>
        <translation>&lt;b&gt;Prédiction : &lt;span style=&apos;color:%1&apos;&gt;classe %2&lt;/span&gt;&lt;/b&gt;   (sortie %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prédiction : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstruction: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reconstruction : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target: none (not a data point), so no loss and no gradient.
Click a data point to see its loss and the gradient it contributes.</source>
        <translation>Cible : aucune (pas un point de données), donc ni perte ni gradient.
Cliquez sur un point de données pour voir sa perte et le gradient qu&apos;il apporte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: class %1&lt;/b&gt;   (encoded as %2)</source>
        <translation>&lt;b&gt;Cible : classe %1&lt;/b&gt;   (encodée en %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cible : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: the point itself&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cible : le point lui-même&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss for this point (%1): %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Perte pour ce point (%1) : %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>
&lt;b&gt;Gradient this point contributes&lt;/b&gt; (largest %1 of %2; click a name to select it)</source>
        <translation>
&lt;b&gt;Gradient apporté par ce point&lt;/b&gt; (les %1 plus grands sur %2 ; cliquez sur un nom pour le sélectionner)</translation>
    </message>
    <message>
        <source>A minibatch step uses the mean of these over its %1 points (plus the penalty&apos;s gradient, if any).</source>
        <translation>Un pas de mini-lot utilise leur moyenne sur ses %1 points (plus le gradient de la pénalité, s&apos;il y en a une).</translation>
    </message>
</context>
<context>
    <name>GifRecording</name>
    <message>
        <source>Record GIF</source>
        <translation>Enregistrer un GIF</translation>
    </message>
    <message>
        <source>Canvas only</source>
        <translation>Canevas seul</translation>
    </message>
    <message>
        <source>Canvas and loss plot side by side</source>
        <translation>Canevas et courbe de perte côte à côte</translation>
    </message>
    <message>
        <source>%1 frames per second</source>
        <translation>%1 images par seconde</translation>
    </message>
    <message>
        <source>The length</source>
        <translation>La durée</translation>
    </message>
    <message>
        <source>The width</source>
        <translation>La largeur</translation>
    </message>
    <message>
        <source>Frames wider than this are scaled down: smaller files, quicker to load in a slide.</source>
        <translation>Les images plus larges sont réduites : des fichiers plus petits, plus rapides à charger dans une diapositive.</translation>
    </message>
    <message>
        <source>Caption with step and loss, and a timeline bar</source>
        <translation>Légende avec le pas et la perte, et une barre de progression</translation>
    </message>
    <message>
        <source>Start training when the recording starts</source>
        <translation>Lancer l&apos;entraînement au début de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Enregistrer :</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Cadence :</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Width at most:</source>
        <translation>Largeur maximale :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>= %1 frames of %2 ms (at most %3)</source>
        <translation>= %1 images de %2 ms (au plus %3)</translation>
    </message>
    <message>
        <source>= %1 frames of %2 ms</source>
        <translation>= %1 images de %2 ms</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animé (*.gif)</translation>
    </message>
    <message>
        <source>Record &amp;GIF…</source>
        <translation>Enregistrer un &amp;GIF…</translation>
    </message>
    <message>
        <source>Record an animated GIF of the canvas (and the loss) while the model trains.</source>
        <translation>Enregistrer un GIF animé du canevas (et de la perte) pendant que le modèle s&apos;entraîne.</translation>
    </message>
    <message>
        <source>GIF recording cancelled: no file was written.</source>
        <translation>Enregistrement du GIF annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 frames, %3 KB)</source>
        <translation>%1 enregistré (%2 images, %3 Ko)</translation>
    </message>
    <message>
        <source>GIF recording failed.</source>
        <translation>Échec de l&apos;enregistrement du GIF.</translation>
    </message>
    <message>
        <source>The frame rate must be one of %1 frames per second.</source>
        <translation>La cadence doit être l&apos;une de ces valeurs : %1 images par seconde.</translation>
    </message>
    <message>
        <source>A GIF needs between 2 and %1 frames (asked for %2).</source>
        <translation>Un GIF nécessite entre 2 et %1 images (demandé : %2).</translation>
    </message>
    <message>
        <source>The width must be between %1 and %2 pixels.</source>
        <translation>La largeur doit être comprise entre %1 et %2 pixels.</translation>
    </message>
    <message>
        <source>The file name must end in .gif: %1</source>
        <translation>Le nom du fichier doit se terminer par .gif : %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>perte d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>perte de test %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>No frames were recorded.</source>
        <translation>Aucune image n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the recording; no file is written.</source>
        <translation>Arrêter l&apos;enregistrement ; aucun fichier n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Recording GIF: frame %1 of %2</source>
        <translation>Enregistrement du GIF : image %1 sur %2</translation>
    </message>
    <message>
        <source>Encoding GIF: frame %1 of %2</source>
        <translation>Encodage du GIF : image %1 sur %2</translation>
    </message>
</context>
<context>
    <name>HyperparameterChecks</name>
    <message>
        <source>%1 (%2) must be one of %3; got %4</source>
        <translation>%1 (%2) doit être l&apos;une de ces valeurs : %3 ; valeur reçue : %4</translation>
    </message>
    <message>
        <source>%1 (%2) must be a tuple of feature names</source>
        <translation>%1 (%2) doit être un tuple de noms de caractéristiques</translation>
    </message>
    <message>
        <source>%1 (%2): unknown feature %3; choose from %4</source>
        <translation>%1 (%2) : caractéristique inconnue %3 ; choisissez parmi %4</translation>
    </message>
    <message>
        <source>%1 (%2): a feature is listed twice</source>
        <translation>%1 (%2) : une caractéristique figure deux fois</translation>
    </message>
    <message>
        <source>%1 (%2): choose at least one input feature</source>
        <translation>%1 (%2) : choisissez au moins une caractéristique d&apos;entrée</translation>
    </message>
    <message>
        <source>%1 (%2) must be a whole number; got %3</source>
        <translation>%1 (%2) doit être un nombre entier ; valeur reçue : %3</translation>
    </message>
    <message>
        <source>%1 (%2) must be a finite number; got %3</source>
        <translation>%1 (%2) doit être un nombre fini ; valeur reçue : %3</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>un nombre énorme</translation>
    </message>
    <message>
        <source>%1 (%2) must be between %3 and %4 (or 0 to turn it off); got %5</source>
        <translation>%1 (%2) doit être entre %3 et %4 (ou 0 pour le désactiver) ; valeur reçue : %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be between %3 and %4; got %5</source>
        <translation>%1 (%2) doit être entre %3 et %4 ; valeur reçue : %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be a list of whole numbers, one per layer</source>
        <translation>%1 (%2) doit être une liste de nombres entiers, un par couche</translation>
    </message>
    <message>
        <source>%1 (%2): at most %3 hidden layers; got %4</source>
        <translation>%1 (%2) : au plus %3 couches cachées ; valeur reçue : %4</translation>
    </message>
    <message>
        <source>%1 (%2): layer %3 must have between 1 and %4 neurons; got %5</source>
        <translation>%1 (%2) : la couche %3 doit avoir entre 1 et %4 neurones ; valeur reçue : %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be a list</source>
        <translation>%1 (%2) doit être une liste</translation>
    </message>
    <message>
        <source>%1 (%2) must be a number; got %3</source>
        <translation>%1 (%2) doit être un nombre ; valeur reçue : %3</translation>
    </message>
    <message>
        <source>%1 (%2) is far too large</source>
        <translation>%1 (%2) est beaucoup trop grand</translation>
    </message>
    <message>
        <source>%1 (%2) must be text; got %3</source>
        <translation>%1 (%2) doit être du texte ; valeur reçue : %3</translation>
    </message>
</context>
<context>
    <name>HyperparameterEdits</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Changer de modèle : %1</translation>
    </message>
    <message>
        <source>%1 cannot use the previous data: loaded the &apos;%2&apos; dataset (Undo brings the old data and model back).</source>
        <translation>%1 ne peut pas utiliser les données précédentes : le jeu « %2 » a été chargé (Annuler rétablit les anciennes données et l&apos;ancien modèle).</translation>
    </message>
</context>
<context>
    <name>Hyperparameters</name>
    <message>
        <source>Hidden layer %1</source>
        <translation>Couche cachée %1</translation>
    </message>
    <message>
        <source>Neurons in hidden layer %1</source>
        <translation>Neurones de la couche cachée %1</translation>
    </message>
    <message>
        <source>Neurons in hidden layer %1 (1 to %2).</source>
        <translation>Neurones de la couche cachée %1 (de 1 à %2).</translation>
    </message>
    <message>
        <source>No hidden layer: inputs connect straight to the output.</source>
        <translation>Aucune couche cachée : les entrées sont reliées directement à la sortie.</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ couche</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one (more parameters; a fresh start).</source>
        <translation>Ajouter une couche cachée après la dernière (plus de paramètres ; un nouveau départ).</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− couche</translation>
    </message>
    <message>
        <source>Remove the last hidden layer (fewer parameters; a fresh start).</source>
        <translation>Retirer la dernière couche cachée (moins de paramètres ; un nouveau départ).</translation>
    </message>
    <message>
        <source>Not changed: at most %1 hidden layers.</source>
        <translation>Non modifié : au plus %1 couches cachées.</translation>
    </message>
    <message>
        <source>Show or hide the %1 settings.</source>
        <translation>Afficher ou masquer les réglages « %1 ».</translation>
    </message>
    <message>
        <source>Changing this re-initializes the parameters (a fresh start)</source>
        <translation>Le changer réinitialise les paramètres (un nouveau départ)</translation>
    </message>
    <message>
        <source>Applies on the next step; the learned parameters are kept</source>
        <translation>S&apos;applique au pas suivant ; les paramètres appris sont conservés</translation>
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
        <translation>La première coordonnée du point.</translation>
    </message>
    <message>
        <source>The second coordinate of the point.</source>
        <translation>La deuxième coordonnée du point.</translation>
    </message>
    <message>
        <source>The first coordinate squared: lets a linear model bend along x1.</source>
        <translation>La première coordonnée au carré : permet à un modèle linéaire de se courber le long de x1.</translation>
    </message>
    <message>
        <source>The second coordinate squared: lets a linear model bend along x2.</source>
        <translation>La deuxième coordonnée au carré : permet à un modèle linéaire de se courber le long de x2.</translation>
    </message>
    <message>
        <source>The product of the coordinates: positive in two opposite quadrants, negative in the others.</source>
        <translation>Le produit des coordonnées : positif dans deux quadrants opposés, négatif dans les autres.</translation>
    </message>
    <message>
        <source>The sine of the first coordinate: waves along x1.</source>
        <translation>Le sinus de la première coordonnée : des ondulations le long de x1.</translation>
    </message>
    <message>
        <source>The sine of the second coordinate: waves along x2.</source>
        <translation>Le sinus de la deuxième coordonnée : des ondulations le long de x2.</translation>
    </message>
    <message>
        <source>Not available: these data have only one coordinate, x1.</source>
        <translation>Indisponible : ces données n&apos;ont qu&apos;une coordonnée, x1.</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on — the model needs an input.</source>
        <translation>Non modifié : au moins une caractéristique d&apos;entrée doit rester active — le modèle a besoin d&apos;une entrée.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Data (inputs)</source>
        <translation>Données (entrées)</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>Optimisation</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>Show or hide the model settings.</source>
        <translation>Afficher ou masquer les réglages du modèle.</translation>
    </message>
    <message>
        <source>Show or hide the data (inputs) settings.</source>
        <translation>Afficher ou masquer les réglages des données (entrées).</translation>
    </message>
    <message>
        <source>Show or hide the optimization settings.</source>
        <translation>Afficher ou masquer les réglages d&apos;optimisation.</translation>
    </message>
    <message>
        <source>Show or hide the regularization settings.</source>
        <translation>Afficher ou masquer les réglages de régularisation.</translation>
    </message>
    <message>
        <source>Show or hide the initialization settings.</source>
        <translation>Afficher ou masquer les réglages d&apos;initialisation.</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>Plus de réglages</translation>
    </message>
    <message>
        <source>Hover any name for an explanation. %1 marks settings whose change restarts from fresh parameters; the others apply on the next step.</source>
        <translation>Survolez un nom pour une explication. %1 marque les réglages dont la modification repart de paramètres neufs ; les autres s&apos;appliquent au pas suivant.</translation>
    </message>
    <message>
        <source>%1 (%2 changed)</source>
        <translation>%1 (modifiés : %2)</translation>
    </message>
    <message>
        <source>Settings changed less often: output activation and loss, optimizer details, the learning-rate schedule and stop rules.</source>
        <translation>Réglages modifiés moins souvent : activation de sortie et perte, détails de l&apos;optimiseur, évolution du taux d&apos;apprentissage et règles d&apos;arrêt.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Activation de sortie</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Polynomial degree</source>
        <translation>Degré du polynôme</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Caractéristiques d&apos;entrée</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
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
        <translation>Décroissance RMSProp</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Évolution du taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Schedule decay</source>
        <translation>Facteur de décroissance</translation>
    </message>
    <message>
        <source>Schedule period (epochs)</source>
        <translation>Période (époques)</translation>
    </message>
    <message>
        <source>Stop after epochs</source>
        <translation>Arrêt après (époques)</translation>
    </message>
    <message>
        <source>Stop at training loss</source>
        <translation>Arrêt à la perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>Patience (arrêt précoce)</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Taux de régularisation</translation>
    </message>
    <message>
        <source>Initial scale</source>
        <translation>Échelle initiale</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Which kind of model learns from the data.</source>
        <translation>Quel type de modèle apprend à partir des données.</translation>
    </message>
    <message>
        <source>Neurons in each hidden layer. More layers and neurons mean more parameters to learn.</source>
        <translation>Neurones de chaque couche cachée. Plus de couches et de neurones, c&apos;est plus de paramètres à apprendre.</translation>
    </message>
    <message>
        <source>The non-linear function each hidden neuron applies to its weighted sum.</source>
        <translation>La fonction non linéaire que chaque neurone caché applique à sa somme pondérée.</translation>
    </message>
    <message>
        <source>What the last layer applies. &apos;auto&apos; picks sigmoid or softmax for classes, linear for numbers.</source>
        <translation>Ce qu&apos;applique la dernière couche. « auto » choisit sigmoïde ou softmax pour des classes, linéaire pour des nombres.</translation>
    </message>
    <message>
        <source>How the gap between prediction and target is measured. &apos;auto&apos; follows the task.</source>
        <translation>Comment l&apos;écart entre la prédiction et la cible est mesuré. « auto » suit la tâche.</translation>
    </message>
    <message>
        <source>Highest power of the inputs. Higher degrees bend more and can memorize noise.</source>
        <translation>Puissance la plus élevée des entrées. Un degré plus élevé se courbe davantage et peut mémoriser le bruit.</translation>
    </message>
    <message>
        <source>How many directions PCA keeps. Each one is a column of learned weights.</source>
        <translation>Combien de directions l&apos;ACP conserve. Chacune est une colonne de poids appris.</translation>
    </message>
    <message>
        <source>Which functions of the coordinates are fed to the model as inputs.</source>
        <translation>Quelles fonctions des coordonnées le modèle reçoit comme entrées.</translation>
    </message>
    <message>
        <source>The rule that turns gradients into parameter updates. Switching keeps the weights.</source>
        <translation>La règle qui transforme les gradients en mises à jour des paramètres. En changer conserve les poids.</translation>
    </message>
    <message>
        <source>How big a step each update takes along the negative gradient.</source>
        <translation>La taille du pas de chaque mise à jour le long du gradient négatif.</translation>
    </message>
    <message>
        <source>For momentum and Nesterov: how much of the previous step is kept (0 = plain SGD).</source>
        <translation>Pour momentum et Nesterov : quelle part du pas précédent est conservée (0 = SGD simple).</translation>
    </message>
    <message>
        <source>For Adam: decay of the running mean of gradients.</source>
        <translation>Pour Adam : décroissance de la moyenne mobile des gradients.</translation>
    </message>
    <message>
        <source>For Adam: decay of the running mean of squared gradients.</source>
        <translation>Pour Adam : décroissance de la moyenne mobile des carrés des gradients.</translation>
    </message>
    <message>
        <source>For RMSProp: how much of the running mean of squared gradients is kept each step.</source>
        <translation>Pour RMSProp : quelle part de la moyenne mobile des carrés des gradients est conservée à chaque pas.</translation>
    </message>
    <message>
        <source>For AdaGrad, RMSProp and Adam: a tiny number that avoids dividing by zero.</source>
        <translation>Pour AdaGrad, RMSProp et Adam : un nombre minuscule qui évite de diviser par zéro.</translation>
    </message>
    <message>
        <source>Examples per update. At or above the training-set size: full-batch gradient descent.</source>
        <translation>Exemples par mise à jour. À partir de la taille de l&apos;ensemble d&apos;entraînement : descente de gradient sur le lot complet.</translation>
    </message>
    <message>
        <source>How the learning rate changes over epochs: fixed, in steps, exponentially, or a cosine.</source>
        <translation>Comment le taux d&apos;apprentissage évolue au fil des époques : fixe, par paliers, exponentiellement ou en cosinus.</translation>
    </message>
    <message>
        <source>Step: factor applied every period. Exponential: factor per period.</source>
        <translation>Par paliers : facteur appliqué à chaque période. Exponentielle : facteur par période.</translation>
    </message>
    <message>
        <source>Epochs per decay step, or the length of one cosine cycle.</source>
        <translation>Époques par palier de décroissance, ou la durée d&apos;un cycle du cosinus.</translation>
    </message>
    <message>
        <source>Stop training after this many epochs (0 = never).</source>
        <translation>Arrêter l&apos;entraînement après ce nombre d&apos;époques (0 = jamais).</translation>
    </message>
    <message>
        <source>Stop once the training loss is at or below this (0 = off).</source>
        <translation>Arrêter l&apos;entraînement dès que la perte d&apos;entraînement atteint cette valeur ou passe dessous (0 = désactivé).</translation>
    </message>
    <message>
        <source>Stop when the test loss has not improved for this many epochs (0 = off).</source>
        <translation>Arrêter l&apos;entraînement quand la perte de test ne s&apos;est pas améliorée pendant ce nombre d&apos;époques (0 = désactivé).</translation>
    </message>
    <message>
        <source>A penalty on large weights: L1 pushes weights to exactly 0, L2 shrinks them all.</source>
        <translation>Une pénalité sur les grands poids : L1 ramène des poids à exactement 0, L2 les réduit tous.</translation>
    </message>
    <message>
        <source>Strength of the penalty (lambda). Biases are never penalized.</source>
        <translation>Intensité de la pénalité (lambda). Les biais ne sont jamais pénalisés.</translation>
    </message>
    <message>
        <source>How the parameters start. All zeros makes every hidden neuron identical.</source>
        <translation>Comment les paramètres démarrent. Que des zéros rend tous les neurones cachés identiques.</translation>
    </message>
    <message>
        <source>For constant, uniform and normal initialization: the value, range or spread.</source>
        <translation>Pour l&apos;initialisation constante, uniforme et normale : la valeur, l&apos;intervalle ou la dispersion.</translation>
    </message>
    <message>
        <source>Random seed for the initial parameters and the shuffling. Same seed, same run.</source>
        <translation>Graine aléatoire des paramètres initiaux et du mélange. Même graine, même exécution.</translation>
    </message>
    <message>
        <source>plain SGD</source>
        <translation>SGD simple</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>Linéaire (identité)</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
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
        <translation>SiLU (swish)</translation>
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
        <translation>Erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropie croisée binaire</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Entropie croisée catégorielle</translation>
    </message>
    <message>
        <source>Reconstruction error (mean squared)</source>
        <translation>Erreur de reconstruction (quadratique moyenne)</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Momentum de Nesterov</translation>
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
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Par paliers</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Exponentielle</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Zéros</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
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
        <translation>Régression linéaire</translation>
    </message>
    <message>
        <source>Polynomial regression</source>
        <translation>Régression polynomiale</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <source>Softmax regression</source>
        <translation>Régression softmax</translation>
    </message>
    <message>
        <source>Neural network</source>
        <translation>Réseau de neurones</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>ACP</translation>
    </message>
    <message>
        <source>Linear regression: a weighted sum of the inputs plus a bias predicts a number.</source>
        <translation>Régression linéaire : une somme pondérée des entrées plus un biais prédit un nombre.</translation>
    </message>
    <message>
        <source>Polynomial regression: a weighted sum of powers of the inputs, up to a chosen degree.</source>
        <translation>Régression polynomiale : une somme pondérée de puissances des entrées, jusqu&apos;à un degré choisi.</translation>
    </message>
    <message>
        <source>Logistic regression: a weighted sum squashed by a sigmoid gives the probability of class 1.</source>
        <translation>Régression logistique : une somme pondérée écrasée par une sigmoïde donne la probabilité de la classe 1.</translation>
    </message>
    <message>
        <source>Softmax regression: one weighted sum per class, turned into class probabilities.</source>
        <translation>Régression softmax : une somme pondérée par classe, transformée en probabilités de classe.</translation>
    </message>
    <message>
        <source>Neural network: layers of neurons, each a weighted sum followed by a non-linear activation.</source>
        <translation>Réseau de neurones : des couches de neurones, chacun une somme pondérée suivie d&apos;une activation non linéaire.</translation>
    </message>
    <message>
        <source>PCA: learns the directions along which the data varies most (a linear autoencoder).</source>
        <translation>ACP : apprend les directions selon lesquelles les données varient le plus (un autoencodeur linéaire).</translation>
    </message>
    <message>
        <source>Type 0, or move the slider to its left end, to turn it off.</source>
        <translation>Tapez 0, ou amenez le curseur tout à gauche, pour le désactiver.</translation>
    </message>
    <message>
        <source>The slider is logarithmic: each tenth of its length multiplies the value by the same factor.</source>
        <translation>Le curseur est logarithmique : chaque dixième de sa longueur multiplie la valeur par le même facteur.</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>loss (log scale)</source>
        <translation>perte (échelle log)</translation>
    </message>
    <message>
        <source>&lt;b&gt;A 2-D slice&lt;/b&gt;: the loss as only &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; change; the other %3 parameters are held at their current values. The slice is recomputed when they have moved by 2% or the path leaves it, so its shape changes as training goes on.</source>
        <translation>&lt;b&gt;Une coupe 2-D&lt;/b&gt; : la perte quand seuls &lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt; changent ; les %3 autres paramètres restent à leurs valeurs actuelles. La coupe est recalculée quand ils ont bougé de 2 % ou que le chemin en sort : sa forme change donc au fil de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The exact landscape&lt;/b&gt;: this model has only these two parameters, &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;. The arrow is the negative gradient: downhill, across the contour lines.</source>
        <translation>&lt;b&gt;Le paysage exact&lt;/b&gt; : ce modèle n&apos;a que ces deux paramètres, &lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt;. La flèche est le gradient négatif : vers le bas, à travers les lignes de niveau.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; now · ○ start · &lt;b&gt;━&lt;/b&gt; path of the optimizer · &lt;b&gt;×&lt;/b&gt; lowest loss on the grid · colour: loss (log scale, dark = low)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; maintenant · ○ départ · &lt;b&gt;━&lt;/b&gt; chemin de l&apos;optimiseur · &lt;b&gt;×&lt;/b&gt; perte la plus basse de la grille · couleur : perte (échelle log, sombre = basse)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier calcul</translation>
    </message>
    <message>
        <source>new pair</source>
        <translation>nouvelle paire</translation>
    </message>
    <message>
        <source>new data or settings</source>
        <translation>nouvelles données ou nouveaux réglages</translation>
    </message>
    <message>
        <source>the path left the grid</source>
        <translation>le chemin a quitté la grille</translation>
    </message>
    <message>
        <source>the other parameters moved</source>
        <translation>les autres paramètres ont bougé</translation>
    </message>
    <message>
        <source>Exact landscape (2 parameters)</source>
        <translation>Paysage exact (2 paramètres)</translation>
    </message>
    <message>
        <source>Exact landscape</source>
        <translation>Paysage exact</translation>
    </message>
    <message>
        <source>2-D slice: %1 other parameters held</source>
        <translation>Coupe 2-D : %1 autres paramètres fixes</translation>
    </message>
    <message>
        <source>2-D slice (%1 held)</source>
        <translation>Coupe 2-D (%1 fixes)</translation>
    </message>
    <message>
        <source>The parameter along the horizontal axis (type to search).</source>
        <translation>Le paramètre sur l&apos;axe horizontal (tapez pour chercher).</translation>
    </message>
    <message>
        <source>The parameter along the vertical axis (type to search).</source>
        <translation>Le paramètre sur l&apos;axe vertical (tapez pour chercher).</translation>
    </message>
    <message>
        <source>Default pair</source>
        <translation>Paire par défaut</translation>
    </message>
    <message>
        <source>Linear regression: its weight and bias. Other models: the first two weights of the selected parameter&apos;s layer.</source>
        <translation>Régression linéaire : son poids et son biais. Autres modèles : les deux premiers poids de la couche du paramètre sélectionné.</translation>
    </message>
    <message>
        <source>horizontal</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>En attente du modèle…</translation>
    </message>
    <message>
        <source>Pick two different parameters.</source>
        <translation>Choisissez deux paramètres différents.</translation>
    </message>
    <message>
        <source>Computing the landscape…</source>
        <translation>Calcul du paysage…</translation>
    </message>
    <message>
        <source>No landscape: %1</source>
        <translation>Pas de paysage : %1</translation>
    </message>
    <message>
        <source>Grid of %1×%2 computed by the trainer at step %3 in %4 ms (%5). Lowest loss on it: %6 at %7.</source>
        <translation>Grille de %1×%2 calculée par l&apos;entraîneur au pas %3 en %4 ms (%5). Perte la plus basse : %6 en %7.</translation>
    </message>
    <message>
        <source> The loss is measured on a fixed sample of %1 of the %2 training points (the shape is the same; exact values differ a little).</source>
        <translation> La perte est mesurée sur un échantillon fixe de %1 des %2 points d&apos;entraînement (la forme est la même ; les valeurs exactes diffèrent un peu).</translation>
    </message>
    <message>
        <source>the model has no parameter %1</source>
        <translation>le modèle n&apos;a pas de paramètre %1</translation>
    </message>
    <message>
        <source>%1 has no entry %2 (its shape is %3)</source>
        <translation>%1 n&apos;a pas d&apos;entrée %2 (sa forme est %3)</translation>
    </message>
    <message>
        <source>pick two different parameters</source>
        <translation>choisissez deux paramètres différents</translation>
    </message>
    <message>
        <source>the grid needs finite, increasing ranges and 2 to 201 points a side</source>
        <translation>la grille demande des plages finies et croissantes et de 2 à 201 points par côté</translation>
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
    <message>
        <source>Saved the lesson %1: open it with Lessons → Open lesson folder… or give the file to your class.</source>
        <translation>Leçon %1 enregistrée : ouvrez-la avec Leçons → Ouvrir un dossier de leçons… ou donnez le fichier à votre classe.</translation>
    </message>
    <message>
        <source>Save the lesson as</source>
        <translation>Enregistrer la leçon sous</translation>
    </message>
    <message>
        <source>Lesson (*.md)</source>
        <translation>Leçon (*.md)</translation>
    </message>
    <message>
        <source>Open a folder of lessons</source>
        <translation>Ouvrir un dossier de leçons</translation>
    </message>
    <message>
        <source>Lessons in %1</source>
        <translation>Leçons de %1</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (impossible à ouvrir)</translation>
    </message>
    <message>
        <source>No lesson files (.md) in this folder</source>
        <translation>Aucun fichier de leçon (.md) dans ce dossier</translation>
    </message>
    <message>
        <source>1 lesson from %1; %2 with a mistake (see their tooltips).</source>
        <translation>1 leçon de %1 ; %2 avec une erreur (voir leurs infobulles).</translation>
    </message>
    <message>
        <source>1 lesson from %1.</source>
        <translation>1 leçon de %1.</translation>
    </message>
    <message>
        <source>%1 lessons from %2; %3 with a mistake (see their tooltips).</source>
        <translation>%1 leçons de %2 ; %3 avec une erreur (voir leurs infobulles).</translation>
    </message>
    <message>
        <source>%1 lessons from %2.</source>
        <translation>%1 leçons de %2.</translation>
    </message>
    <message>
        <source>Press Play (Space) and watch the Loss plot.</source>
        <translation>Appuyez sur Lancer (Espace) et regardez le graphique de la perte.</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(aucun changement)</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Enregistrer comme leçon</translation>
    </message>
    <message>
        <source>The lesson&apos;s title in the Lessons menu and on the start page.</source>
        <translation>Le titre de la leçon dans le menu Leçons et sur la page d&apos;accueil.</translation>
    </message>
    <message>
        <source>What the learner should understand afterwards, in one or two sentences.</source>
        <translation>Ce que l&apos;élève devrait comprendre ensuite, en une ou deux phrases.</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> pas/s</translation>
    </message>
    <message>
        <source>The training speed the lesson sets (slow enough to watch each step).</source>
        <translation>La vitesse d&apos;entraînement que règle la leçon (assez lente pour suivre chaque pas).</translation>
    </message>
    <message>
        <source>The view the stage shows when the lesson opens.</source>
        <translation>La vue qu&apos;affiche la scène à l&apos;ouverture de la leçon.</translation>
    </message>
    <message>
        <source>The steps in order; select one to edit it.</source>
        <translation>Les étapes dans l&apos;ordre ; sélectionnez-en une pour la modifier.</translation>
    </message>
    <message>
        <source>What the learner does and what they should notice.</source>
        <translation>Ce que fait l&apos;élève et ce qu&apos;il devrait remarquer.</translation>
    </message>
    <message>
        <source>Next step shows this view on reaching the step.</source>
        <translation>Étape suivante affiche cette vue en arrivant à l&apos;étape.</translation>
    </message>
    <message>
        <source>Next step sets this hyperparameter on reaching the step.</source>
        <translation>Étape suivante règle cet hyperparamètre en arrivant à l&apos;étape.</translation>
    </message>
    <message>
        <source>value, e.g. 0.05</source>
        <translation>valeur, p. ex. 0.05</translation>
    </message>
    <message>
        <source>then Reset</source>
        <translation>puis Réinitialiser</translation>
    </message>
    <message>
        <source>Next step also resets the run (fresh parameters from the seed).</source>
        <translation>Étape suivante réinitialise aussi l&apos;exécution (nouveaux paramètres à partir de la graine).</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>What you should see (optional): the result the steps lead to.</source>
        <translation>Ce que vous devriez voir (facultatif) : le résultat auquel mènent les étapes.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Commencer sur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Next step shows</source>
        <translation>Étape suivante affiche</translation>
    </message>
    <message>
        <source>and sets</source>
        <translation>et règle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étapes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>step %1: %2 %3 is refused: %4</source>
        <translation>étape %1 : %2 %3 est refusé : %4</translation>
    </message>
    <message>
        <source>step %1 has no text</source>
        <translation>l&apos;étape %1 n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>la leçon a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: cannot write %1: %2</source>
        <translation>Non enregistré : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the %1 preset (%2 points, seed %3)</source>
        <translation>le jeu %1 (%2 points, graine %3)</translation>
    </message>
    <message>
        <source>these %1 points, in a CSV file beside the lesson</source>
        <translation>ces %1 points, dans un fichier CSV à côté de la leçon</translation>
    </message>
    <message>
        <source>the default settings</source>
        <translation>les réglages par défaut</translation>
    </message>
    <message>
        <source>The lesson opens with %1 and the model as set now (%2), from fresh parameters. It says only what you write here.</source>
        <translation>La leçon s&apos;ouvre avec %1 et le modèle tel qu&apos;il est réglé maintenant (%2), avec de nouveaux paramètres. Elle ne dit que ce que vous écrivez ici.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>No lesson is open. Choose one in the Lessons menu.</source>
        <translation>Aucune leçon n&apos;est ouverte. Choisissez-en une dans le menu Leçons.</translation>
    </message>
    <message>
        <source>All steps done — on to the next lesson!</source>
        <translation>Toutes les étapes sont faites — à la leçon suivante !</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Tick the step when you have done it.</source>
        <translation>Cochez l&apos;étape quand vous l&apos;avez faite.</translation>
    </message>
    <message>
        <source>Steps (tick each one when done)</source>
        <translation>Étapes (cochez chacune une fois faite)</translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation>Étape suivante ▶</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Open the previous lesson.</source>
        <translation>Ouvrir la leçon précédente.</translation>
    </message>
    <message>
        <source>All lessons…</source>
        <translation>Toutes les leçons…</translation>
    </message>
    <message>
        <source>Show every lesson with its goal.</source>
        <translation>Afficher chaque leçon avec son objectif.</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Leçon suivante ▶</translation>
    </message>
    <message>
        <source>Open the next lesson.</source>
        <translation>Ouvrir la leçon suivante.</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Leçon sans titre</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Leçon %1 sur %2</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Objectif :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you should see:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Ce que vous devriez voir :&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 étapes faites sur %2</translation>
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
    <message>
        <source>Show the Lesson &amp;panel</source>
        <translation>Affic&amp;her le panneau de la leçon</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: </source>
        <translation>Leçon %1 sur %2 : </translation>
    </message>
    <message>
        <source>Lesson: </source>
        <translation>Leçon : </translation>
    </message>
    <message>
        <source>the file has no lesson text</source>
        <translation>le fichier ne contient pas de texte de leçon</translation>
    </message>
    <message>
        <source>The lesson &apos;%1&apos; cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la leçon « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 Follow the steps in the Lesson panel.</source>
        <translation>%1 Suivez les étapes du panneau de la leçon.</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Impossible d&apos;ouvrir la leçon</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>%1 must be a number between -1,000,000 and 1,000,000; got %2</source>
        <translation>%1 doit être un nombre entre -1 000 000 et 1 000 000 ; valeur reçue : %2</translation>
    </message>
    <message>
        <source>%1 must be numbers between -1,000,000 and 1,000,000; found %2</source>
        <translation>%1 doivent être des nombres entre -1 000 000 et 1 000 000 ; trouvé : %2</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>data changed</source>
        <translation>données changées</translation>
    </message>
    <message>
        <source>The data changed here; the parameters were kept. The losses after this line are measured on the new data.</source>
        <translation>Les données ont changé ici ; les paramètres ont été gardés. Les pertes après cette ligne sont mesurées sur les nouvelles données.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>Training diverged here: the loss ran away (the part above the plot is cut off). The model shown is the last one with finite parameters, from before this line.</source>
        <translation>L&apos;entraînement a divergé ici : la perte s&apos;est emballée (la partie au-dessus du graphique est coupée). Le modèle affiché est le dernier aux paramètres finis, d&apos;avant cette ligne.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>variance expliquée</translation>
    </message>
    <message>
        <source>far worse than predicting the mean</source>
        <translation>bien pire que prédire la moyenne</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>perte d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>perte de test %1</translation>
    </message>
    <message>
        <source>test %1 %2</source>
        <translation>%1 de test %2</translation>
    </message>
    <message>
        <source>train %1 %2</source>
        <translation>%1 d&apos;entraînement %2</translation>
    </message>
    <message>
        <source>diverged at step %1 · before it: </source>
        <translation>divergé au pas %1 · avant : </translation>
    </message>
    <message>
        <source>test %1 = %2: below %3, the model&apos;s error is over %4 times that of predicting the mean of the targets.</source>
        <translation>%1 de test = %2 : en dessous de %3, l&apos;erreur du modèle dépasse %4 fois celle de la prédiction de la moyenne des cibles.</translation>
    </message>
    <message>
        <source>train %1 = %2: below %3, the model&apos;s error is over %4 times that of predicting the mean of the targets.</source>
        <translation>%1 d&apos;entraînement = %2 : en dessous de %3, l&apos;erreur du modèle dépasse %4 fois celle de la prédiction de la moyenne des cibles.</translation>
    </message>
    <message>
        <source>Estimated on %1 of %2 training points while training runs (exact when paused).</source>
        <translation>Estimé sur %1 des %2 points d&apos;entraînement pendant l&apos;entraînement (exact en pause).</translation>
    </message>
    <message>
        <source>Estimated on %1 of %2 training and %3 of %4 test points while training runs (exact when paused).</source>
        <translation>Estimé sur %1 des %2 points d&apos;entraînement et %3 des %4 points de test pendant l&apos;entraînement (exact en pause).</translation>
    </message>
    <message>
        <source>No training yet: press Play or Step.</source>
        <translation>Pas encore d&apos;entraînement : appuyez sur Lancer ou Pas.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: small losses stay visible.</source>
        <translation>Afficher la perte sur un axe logarithmique : les petites pertes restent visibles.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Off the scale: the loss ran away here (training diverged).</source>
        <translation>Hors échelle : la perte s&apos;est emballée ici (l&apos;entraînement a divergé).</translation>
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
        <translation>Une sortie softmax donne des probabilités de classe ; pour des nombres, utilisez une sortie linéaire.</translation>
    </message>
    <message>
        <source>Cross-entropy compares class probabilities; for numbers use mean squared error.</source>
        <translation>L&apos;entropie croisée compare des probabilités de classe ; pour des nombres, utilisez l&apos;erreur quadratique moyenne.</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs a sigmoid output and two classes; set the output activation to sigmoid (or auto), or the loss to auto.</source>
        <translation>L&apos;entropie croisée binaire demande une sortie sigmoïde et deux classes ; réglez l&apos;activation de sortie sur sigmoïde (ou auto), ou la perte sur auto.</translation>
    </message>
    <message>
        <source>Categorical cross-entropy needs a softmax output; set the output activation to softmax (or auto), or the loss to auto.</source>
        <translation>L&apos;entropie croisée catégorielle demande une sortie softmax ; réglez l&apos;activation de sortie sur softmax (ou auto), ou la perte sur auto.</translation>
    </message>
    <message>
        <source>%1 cannot use the loss %2; choose one of %3.</source>
        <translation>%1 ne peut pas utiliser la perte %2 ; choisissez parmi : %3.</translation>
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
        <translation>Espace	Lancer / mettre en pause
Droite	Un pas (un mini-lot)
Maj+Droite	Terminer l&apos;époque
R	Réinitialiser les paramètres (même graine, même départ)
Ctrl+Z / Ctrl+Maj+Z	Annuler / rétablir une modification des données
Glisser avec le bouton gauche	Dessiner des points
Glisser avec le bouton droit	Gommer des points
Ctrl+1 … Ctrl+7	Afficher une vue sur la scène (schéma, cartes des poids, tracés, mise à jour, paysage, propagation avant, échelle)
Ctrl+0	Le canevas à côté de la vue, ou la vue seule
Ctrl+9	Toutes les vues à la fois
Ctrl+Maj+C	Comparer des exécutions
N	Étape suivante d&apos;une leçon
F5	Mode présentation
Ctrl+Q	Quitter</translation>
    </message>
    <message>
        <source>&lt;b&gt;GradientDesk&lt;/b&gt;&lt;p&gt;See a model learn: gradient descent moves every weight and bias, live.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Parameters&lt;/b&gt; (weights, biases) are learned. &lt;b&gt;Hyperparameters&lt;/b&gt; (learning rate, layers, batch size, ...) are chosen by you, before training.&lt;/p&gt;</source>
        <translation>&lt;b&gt;GradientDesk&lt;/b&gt;&lt;p&gt;Regardez un modèle apprendre : la descente de gradient déplace chaque poids et chaque biais, en direct.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;paramètres&lt;/b&gt; (poids, biais) sont appris. Les &lt;b&gt;hyperparamètres&lt;/b&gt; (taux d&apos;apprentissage, couches, taille de lot, ...) sont choisis par vous, avant l&apos;entraînement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>Scale ladder</source>
        <translation>Échelle des tailles</translation>
    </message>
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
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About GradientDesk</source>
        <translation>À propos de GradientDesk</translation>
    </message>
    <message>
        <source>%1[*] — GradientDesk — %2</source>
        <translation>%1[*] — GradientDesk — %2</translation>
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
    <name>ModelTexts</name>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>%1: a scaled Legendre polynomial of x/6, a well-conditioned stand-in for the power %2</source>
        <translation>%1 : un polynôme de Legendre mis à l&apos;échelle de x/6, un substitut bien conditionné de la puissance %2</translation>
    </message>
    <message>
        <source>%1: computed from the point&apos;s coordinates</source>
        <translation>%1 : calculée à partir des coordonnées du point</translation>
    </message>
    <message>
        <source>Layer %1 (hidden, %2 neurons)</source>
        <translation>Couche %1 (cachée, %2 neurones)</translation>
    </message>
    <message>
        <source>Layer %1 (hidden, %2 neuron)</source>
        <translation>Couche %1 (cachée, %2 neurone)</translation>
    </message>
    <message>
        <source>Layer %1 (output, %2 neurons)</source>
        <translation>Couche %1 (sortie, %2 neurones)</translation>
    </message>
    <message>
        <source>Layer %1 (output, %2 neuron)</source>
        <translation>Couche %1 (sortie, %2 neurone)</translation>
    </message>
    <message>
        <source>Encode (%1 components)</source>
        <translation>Encodage (%1 composantes)</translation>
    </message>
    <message>
        <source>Encode (%1 component)</source>
        <translation>Encodage (%1 composante)</translation>
    </message>
    <message>
        <source>Decode (reconstruction)</source>
        <translation>Décodage (reconstruction)</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>erreur quadratique</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropie croisée binaire</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>reconstruction error</source>
        <translation>erreur de reconstruction</translation>
    </message>
    <message>
        <source>the weight (or bias): after the step on the left of ←, before it on the right</source>
        <translation>le poids (ou le biais) : à gauche de ←, après le pas ; à droite, avant</translation>
    </message>
    <message>
        <source>&apos;becomes&apos;: the value after this step</source>
        <translation>« devient » : la valeur après ce pas</translation>
    </message>
    <message>
        <source>the learning rate of this step</source>
        <translation>le taux d&apos;apprentissage de ce pas</translation>
    </message>
    <message>
        <source>the gradient of the loss on this step&apos;s minibatch: how the loss changes with w</source>
        <translation>le gradient de la perte sur le mini-lot de ce pas : comment la perte varie avec w</translation>
    </message>
    <message>
        <source>the gradient the optimizer uses: ∂L/∂w plus the penalty&apos;s gradient</source>
        <translation>le gradient qu&apos;utilise l&apos;optimiseur : ∂L/∂w plus le gradient de la pénalité</translation>
    </message>
    <message>
        <source>the regularization strength; L2 adds λ·w to the gradient, L1 adds λ·sign(w); biases never</source>
        <translation>la force de la régularisation ; L2 ajoute λ·w au gradient, L1 ajoute λ·sign(w) ; jamais pour les biais</translation>
    </message>
    <message>
        <source>the velocity: a running sum of past gradients, each step shrunk by μ</source>
        <translation>la vitesse : une somme cumulée des gradients passés, réduite par μ à chaque pas</translation>
    </message>
    <message>
        <source>the momentum: how much of the velocity is kept</source>
        <translation>le momentum : quelle part de la vitesse est conservée</translation>
    </message>
    <message>
        <source>the momentum; Nesterov steps along g + μ·v, a look ahead</source>
        <translation>le momentum ; Nesterov avance selon g + μ·v, un regard en avant</translation>
    </message>
    <message>
        <source>the sum of all squared gradients so far: frequently large gradients get small steps</source>
        <translation>la somme de tous les carrés des gradients jusqu&apos;ici : les gradients souvent grands reçoivent de petits pas</translation>
    </message>
    <message>
        <source>a tiny number that avoids dividing by zero</source>
        <translation>un nombre minuscule qui évite de diviser par zéro</translation>
    </message>
    <message>
        <source>a running mean of squared gradients</source>
        <translation>une moyenne mobile des carrés des gradients</translation>
    </message>
    <message>
        <source>how much of s is kept each step</source>
        <translation>quelle part de s est conservée à chaque pas</translation>
    </message>
    <message>
        <source>running mean of gradients (the momentum part)</source>
        <translation>moyenne mobile des gradients (la partie momentum)</translation>
    </message>
    <message>
        <source>running mean of squared gradients (the step-size part)</source>
        <translation>moyenne mobile des carrés des gradients (la partie taille du pas)</translation>
    </message>
    <message>
        <source>how much of m and v is kept each step</source>
        <translation>quelle part de m et v est conservée à chaque pas</translation>
    </message>
    <message>
        <source>m and v corrected for starting at 0: divided by 1 − βᵗ</source>
        <translation>m et v corrigés de leur départ à 0 : divisés par 1 − βᵗ</translation>
    </message>
    <message>
        <source>the number of steps Adam has taken</source>
        <translation>le nombre de pas qu&apos;Adam a faits</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>every point is in the test split: move some points to the training split</source>
        <translation>tous les points sont dans la répartition de test : déplacez quelques points vers la répartition d&apos;entraînement</translation>
    </message>
    <message>
        <source>the training points contain only one class (%1): a classifier needs points of at least two classes</source>
        <translation>les points d&apos;entraînement ne contiennent qu&apos;une classe (%1) : un classifieur a besoin de points d&apos;au moins deux classes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Going back (unticking a step) does not undo it.</source>
        <translation>Revenir en arrière (décocher une étape) ne l&apos;annule pas.</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>Étape sui&amp;vante</translation>
    </message>
    <message>
        <source>All %1 steps done</source>
        <translation>Les %1 étapes faites</translation>
    </message>
    <message>
        <source>Done for you by Next step: %1.</source>
        <translation>Fait pour vous par Étape suivante : %1.</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Étape %1 : %2.</translation>
    </message>
    <message>
        <source>Step %1.</source>
        <translation>Étape %1.</translation>
    </message>
    <message>
        <source>showed the %1</source>
        <translation>affiché %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>réglé : %1</translation>
    </message>
    <message>
        <source>could not set %1 (see the status bar)</source>
        <translation>impossible de régler : %1 (voir la barre d&apos;état)</translation>
    </message>
    <message>
        <source>Next step (%1)</source>
        <translation>Étape suivante (%1)</translation>
    </message>
    <message>
        <source>%1: open a lesson first.</source>
        <translation>%1 : ouvrez d&apos;abord une leçon.</translation>
    </message>
    <message>
        <source>%1: every step is ticked.</source>
        <translation>%1 : toutes les étapes sont cochées.</translation>
    </message>
    <message>
        <source>%1: tick step %2, the last one.</source>
        <translation>%1 : cocher l&apos;étape %2, la dernière.</translation>
    </message>
    <message>
        <source>Next: %1.
%2</source>
        <translation>Ensuite : %1.
%2</translation>
    </message>
    <message>
        <source>It changes nothing for you: the step says what to do.</source>
        <translation>Cela ne change rien pour vous : l&apos;étape dit quoi faire.</translation>
    </message>
    <message>
        <source>%1: tick step %2 and go on to step %3.
%4</source>
        <translation>%1 : cocher l&apos;étape %2 et passer à l&apos;étape %3.
%4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>show the %1</source>
        <translation>afficher %1</translation>
    </message>
    <message>
        <source>set %1 to %2</source>
        <translation>régler %1 sur %2</translation>
    </message>
</context>
<context>
    <name>NumberEntry</name>
    <message>
        <source>Not changed: %1.</source>
        <translation>Non modifié : %1.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>with at most %1 decimals</source>
        <translation>avec au plus %1 décimales</translation>
    </message>
    <message>
        <source>or 0 to turn it off</source>
        <translation>ou 0 pour le désactiver</translation>
    </message>
    <message>
        <source>or &apos;%1&apos;</source>
        <translation>ou « %1 »</translation>
    </message>
    <message>
        <source>%1 must be %2; got %3</source>
        <translation>%1 doit être %2 ; saisi : %3</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Non appliqué : %1.</translation>
    </message>
</context>
<context>
    <name>PCA</name>
    <message>
        <source>PCA on %1-D data can keep between 1 and %2 components; got %3</source>
        <translation>L&apos;ACP sur des données à %1 dimensions peut garder entre 1 et %2 composantes ; reçu %3</translation>
    </message>
</context>
<context>
    <name>ParameterEdits</name>
    <message>
        <source>Not changed: %1.</source>
        <translation>Non modifié : %1.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 n&apos;a pas été modifié : %2</translation>
    </message>
    <message>
        <source>there is no model yet.</source>
        <translation>il n&apos;y a pas encore de modèle.</translation>
    </message>
    <message>
        <source>%1 was not changed: the model&apos;s structure changed after it was picked (it is now %2).</source>
        <translation>%1 n&apos;a pas été modifié : la structure du modèle a changé après sa sélection (elle est maintenant %2).</translation>
    </message>
    <message>
        <source>%1 was not changed: the model has no such parameter.</source>
        <translation>%1 n&apos;a pas été modifié : le modèle n&apos;a pas ce paramètre.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>PCA with %1 of %2 components: %3 weights + %4 centre = %5 parameters</source>
        <translation>ACP avec %1 composantes sur %2 : %3 poids + %4 centre = %5 paramètres</translation>
    </message>
    <message>
        <source>%1 network: %2 = %3 parameters</source>
        <translation>Réseau %1 : %2 = %3 paramètres</translation>
    </message>
    <message>
        <source>%1 network: %2 parameters</source>
        <translation>Réseau %1 : %2 paramètres</translation>
    </message>
    <message>
        <source>%1 model: %2 = %3 parameters</source>
        <translation>Modèle %1 : %2 = %3 paramètres</translation>
    </message>
    <message>
        <source>%1 model: %2 parameters</source>
        <translation>Modèle %1 : %2 paramètres</translation>
    </message>
    <message>
        <source>No parameters yet.</source>
        <translation>Pas encore de paramètres.</translation>
    </message>
    <message>
        <source>How many numbers gradient descent adjusts, and how many each layer holds (weights plus biases).</source>
        <translation>Combien de nombres la descente de gradient ajuste, et combien chaque couche en contient (poids plus biais).</translation>
    </message>
    <message>
        <source>Filter, e.g. dense2 or .b</source>
        <translation>Filtrer, p. ex. dense2 ou .b</translation>
    </message>
    <message>
        <source>Show only the parameters whose name contains this text: dense2 for the second layer, .b for the biases, .W[0, for the weights into neuron 0.</source>
        <translation>Afficher seulement les paramètres dont le nom contient ce texte : dense2 pour la deuxième couche, .b pour les biais, .W[0, pour les poids qui entrent dans le neurone 0.</translation>
    </message>
</context>
<context>
    <name>ParameterTable</name>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernier pas</translation>
    </message>
    <message>
        <source>The parameter&apos;s name: layer, W (weight) or b (bias), and its position [neuron, input].</source>
        <translation>Le nom du paramètre : couche, W (poids) ou b (biais), et sa position [neurone, entrée].</translation>
    </message>
    <message>
        <source>The current value. Gradient descent changes it a little at every step.</source>
        <translation>La valeur actuelle. La descente de gradient la modifie un peu à chaque pas.</translation>
    </message>
    <message>
        <source>dL/dw: how much the loss grows when this parameter grows a little (on the last minibatch, penalty included). The optimizer steps against it.</source>
        <translation>dL/dw : de combien la perte augmente quand ce paramètre augmente un peu (sur le dernier mini-lot, pénalité comprise). L&apos;optimiseur fait son pas dans le sens opposé.</translation>
    </message>
    <message>
        <source>The change the last step applied to this parameter (plain SGD: −learning rate × gradient).</source>
        <translation>Le changement que le dernier pas a appliqué à ce paramètre (SGD simple : −taux d&apos;apprentissage × gradient).</translation>
    </message>
    <message>
        <source>Value of %1: %2</source>
        <translation>Valeur de %1 : %2</translation>
    </message>
    <message>
        <source>Gradient of %1: %2</source>
        <translation>Gradient de %1 : %2</translation>
    </message>
    <message>
        <source>Last update of %1: %2</source>
        <translation>Dernier pas de %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>neuron %1 of layer %2</source>
        <translation>neurone %1 de la couche %2</translation>
    </message>
    <message>
        <source>output neuron for class %1 (layer %2)</source>
        <translation>neurone de sortie de la classe %1 (couche %2)</translation>
    </message>
    <message>
        <source>output neuron %1 (layer %2)</source>
        <translation>neurone de sortie %1 (couche %2)</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>composante %1</translation>
    </message>
    <message>
        <source>weight of %1 in %2 (a column of W is one learned direction)</source>
        <translation>poids : %1 dans %2 (une colonne de W est une direction apprise)</translation>
    </message>
    <message>
        <source>weight from %1 to %2</source>
        <translation>poids : %1 → %2</translation>
    </message>
    <message>
        <source>bias of %1</source>
        <translation>biais de %1</translation>
    </message>
    <message>
        <source>centre of %1 (the data are shifted by it before projecting)</source>
        <translation>centre : %1 (les données en sont décalées avant la projection)</translation>
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
    <message>
        <source>Presentation options</source>
        <translation>Options de présentation</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Hide advanced controls (data tools, parameter table, traces)</source>
        <translation>Masquer les commandes avancées (outils de données, table des paramètres, tracés)</translation>
    </message>
    <message>
        <source>Leave the canvas, the loss and the hyperparameters: less to read on a projector. Everything comes back when presentation mode ends.</source>
        <translation>Ne garder que le canevas, la perte et les hyperparamètres : moins à lire sur un projecteur. Tout revient quand le mode présentation se termine.</translation>
    </message>
    <message>
        <source>High contrast (black text and axes, bold labels, thicker lines)</source>
        <translation>Contraste élevé (texte et axes noirs, étiquettes en gras, lignes plus épaisses)</translation>
    </message>
    <message>
        <source>For a washed-out projector in a lit room: dark on white reads best. The class colours stay the same (colour-blind safe).</source>
        <translation>Pour un projecteur pâle dans une salle éclairée : le foncé sur blanc se lit le mieux. Les couleurs des classes restent les mêmes (adaptées au daltonisme).</translation>
    </message>
    <message>
        <source>The size</source>
        <translation>La taille</translation>
    </message>
    <message>
        <source>Fonts, lines and points are this many times as large as on a desk.</source>
        <translation>Textes, lignes et points sont ce nombre de fois plus grands que sur un bureau.</translation>
    </message>
    <message>
        <source>Presentation mode (F5) is for the front of a classroom. Esc or F5 leaves it.</source>
        <translation>Le mode présentation (F5) est fait pour l&apos;avant de la classe. Échap ou F5 le quitte.</translation>
    </message>
    <message>
        <source>Size of fonts, lines and points:</source>
        <translation>Taille des textes, lignes et points :</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>Non modifié : %1.</translation>
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
    <name>ProblemBanner</name>
    <message>
        <source>Use the suggested learning rate and start again from fresh parameters.</source>
        <translation>Utiliser le taux d&apos;apprentissage suggéré et recommencer avec de nouveaux paramètres.</translation>
    </message>
    <message>
        <source>Reset parameters</source>
        <translation>Réinitialiser les paramètres</translation>
    </message>
    <message>
        <source>Start again from fresh parameters (R). The data are kept.</source>
        <translation>Recommencer avec de nouveaux paramètres (R). Les données sont conservées.</translation>
    </message>
    <message>
        <source>Use learning rate %1 and reset</source>
        <translation>Utiliser le taux d&apos;apprentissage %1 et réinitialiser</translation>
    </message>
</context>
<context>
    <name>RememberedHyperparameters</name>
    <message>
        <source>not text</source>
        <translation>pas du texte</translation>
    </message>
    <message>
        <source>The remembered hyperparameters were ignored (%1); the default example opened instead.</source>
        <translation>Les hyperparamètres mémorisés ont été ignorés (%1) ; l&apos;exemple par défaut a été ouvert à la place.</translation>
    </message>
</context>
<context>
    <name>RestorePrompt</name>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>GradientDesk did not close properly last time.</source>
        <translation>GradientDesk ne s&apos;est pas fermé correctement la dernière fois.</translation>
    </message>
    <message>
        <source>Unsaved work from %1 was kept:
%2

Restore it?</source>
        <translation>Du travail non enregistré du %1 a été conservé :
%2

Le restaurer ?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>An autosave could not be read (%1); it was kept as %2.</source>
        <translation>Un enregistrement automatique n&apos;a pas pu être lu (%1) ; il a été conservé sous %2.</translation>
    </message>
    <message>
        <source>The unsaved work from last time was discarded.</source>
        <translation>Le travail non enregistré de la dernière fois a été abandonné.</translation>
    </message>
    <message>
        <source>The autosave could not be opened (%1); it was kept as %2.</source>
        <translation>L&apos;enregistrement automatique n&apos;a pas pu être ouvert (%1) ; il a été conservé sous %2.</translation>
    </message>
    <message>
        <source>Unsaved work from last time was restored.</source>
        <translation>Le travail non enregistré de la dernière fois a été restauré.</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Diffère par</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Only the current run so far. Experiments → Compare runs… (%1) or Sweep a hyperparameter… add runs here, listed while their dialog is open.</source>
        <translation>Seulement l&apos;exécution actuelle pour l&apos;instant. Expériences → Comparer des exécutions… (%1) ou Balayer un hyperparamètre… ajoutent ici des exécutions, listées tant que leur dialogue est ouvert.</translation>
    </message>
    <message>
        <source>Remove the run.</source>
        <translation>Retirer l&apos;exécution.</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Retirer l&apos;exécution</translation>
    </message>
    <message>
        <source>Current run</source>
        <translation>Exécution actuelle</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>décroissance</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>init scale</source>
        <translation>échelle init.</translation>
    </message>
    <message>
        <source>The run&apos;s name and colour, the same in every plot: the main window&apos;s run in the training blue; compared runs A-D in their colours; a sweep&apos;s runs by their swept value, coloured as in the sweep&apos;s plot (best green, diverged vermillion).</source>
        <translation>Le nom et la couleur de l&apos;exécution, les mêmes dans chaque graphique : l&apos;exécution de la fenêtre principale dans le bleu de l&apos;entraînement ; les exécutions comparées A-D dans leurs couleurs ; celles d&apos;un balayage par leur valeur balayée, colorées comme dans le graphique du balayage (la meilleure en vert, celles qui divergent en vermillon).</translation>
    </message>
    <message>
        <source>The hyperparameters in which this run differs from the main window&apos;s current run (— : none).</source>
        <translation>Les hyperparamètres par lesquels cette exécution diffère de l&apos;exécution actuelle de la fenêtre principale (— : aucun).</translation>
    </message>
    <message>
        <source>Steps (minibatch updates) the run has taken.</source>
        <translation>Pas (mises à jour par mini-lot) effectués par l&apos;exécution.</translation>
    </message>
    <message>
        <source>The run&apos;s loss on the training points, at its latest step.</source>
        <translation>La perte de l&apos;exécution sur les points d&apos;entraînement, à son dernier pas.</translation>
    </message>
    <message>
        <source>The run&apos;s loss on the test points, at its latest step (— : no test points).</source>
        <translation>La perte de l&apos;exécution sur les points de test, à son dernier pas (— : pas de points de test).</translation>
    </message>
    <message>
        <source>Training, paused, finished (its epochs done), diverged at step N (its loss ran away), or stopped (Stop, or another run was removed).</source>
        <translation>En entraînement, en pause, terminée (ses époques faites), a divergé au pas N (sa perte s&apos;est emballée) ou arrêtée (Arrêter, ou une autre exécution a été retirée).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>training</source>
        <translation>en entraînement</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>not trained</source>
        <translation>non entraînée</translation>
    </message>
    <message>
        <source>diverged at step %1</source>
        <translation>a divergé au pas %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarrée</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>The main window&apos;s run cannot be removed: it is the one the main window trains.</source>
        <translation>L&apos;exécution de la fenêtre principale ne peut pas être retirée : c&apos;est celle que la fenêtre principale entraîne.</translation>
    </message>
    <message>
        <source>Run A is the comparison&apos;s copy of the current run: every other run is compared with it.</source>
        <translation>L&apos;exécution A est la copie de l&apos;exécution actuelle dans la comparaison : toutes les autres sont comparées avec elle.</translation>
    </message>
    <message>
        <source>A comparison needs run A and at least one other run: add a run first, or close the comparison.</source>
        <translation>Une comparaison a besoin de l&apos;exécution A et d&apos;au moins une autre : ajoutez d&apos;abord une exécution, ou fermez la comparaison.</translation>
    </message>
    <message>
        <source>Remove run %1 from the comparison (stopping it first; the runs after it move up).</source>
        <translation>Retirer l&apos;exécution %1 de la comparaison (en l&apos;arrêtant d&apos;abord ; les suivantes remontent).</translation>
    </message>
    <message>
        <source>Remove the run with %1 from the sweep (stopping it first).</source>
        <translation>Retirer du balayage l&apos;exécution avec %1 (en l&apos;arrêtant d&apos;abord).</translation>
    </message>
    <message>
        <source>The sweep&apos;s last run: close the sweep to drop it.</source>
        <translation>La dernière exécution du balayage : fermez le balayage pour l&apos;abandonner.</translation>
    </message>
</context>
<context>
    <name>ScaleView</name>
    <message>
        <source>Hold the weights in %1</source>
        <translation>Stocker les poids en %1</translation>
    </message>
    <message>
        <source>%1 x %2 bits</source>
        <translation>%1 x %2 bits</translation>
    </message>
    <message>
        <source>Train with Adam, mixed precision</source>
        <translation>Entraîner avec Adam, précision mixte</translation>
    </message>
    <message>
        <source>~16 bytes x %1 (weights, gradients, Adam&apos;s m and v)</source>
        <translation>~16 octets x %1 (poids, gradients, m et v d&apos;Adam)</translation>
    </message>
    <message>
        <source>Training compute (%1 tokens)</source>
        <translation>Calcul de l&apos;entraînement (%1 tokens)</translation>
    </message>
    <message>
        <source>Tokens per parameter</source>
        <translation>Tokens par paramètre</translation>
    </message>
    <message>
        <source>Compute-optimal data (Chinchilla)</source>
        <translation>Données optimales en calcul (Chinchilla)</translation>
    </message>
    <message>
        <source>~20 tokens x %1</source>
        <translation>~20 tokens x %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Use: compute per token generated</source>
        <translation>Utilisation : calcul par token généré</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Points d&apos;entraînement</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Pas jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Examples seen</source>
        <translation>Exemples vus</translation>
    </message>
    <message>
        <source>every minibatch&apos;s size, summed</source>
        <translation>la taille de chaque mini-lot, additionnée</translation>
    </message>
    <message>
        <source>Compute done</source>
        <translation>Calcul effectué</translation>
    </message>
    <message>
        <source>%1 x 4 bytes</source>
        <translation>%1 x 4 octets</translation>
    </message>
    <message>
        <source>%1: %2 parameters (%3)</source>
        <translation>%1 : %2 paramètres (%3)</translation>
    </message>
    <message>
        <source>No published count of training tokens for this model.</source>
        <translation>Aucun nombre de tokens d&apos;entraînement publié pour ce modèle.</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>Tokens d&apos;entraînement : %1</translation>
    </message>
    <message>
        <source>Your run, on the same scale</source>
        <translation>Votre exécution, à la même échelle</translation>
    </message>
    <message>
        <source>Training %1 took about %2 times the compute of your run so far.</source>
        <translation>Entraîner %1 a demandé environ %2 fois le calcul de votre exécution jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Bytes in decimal units (1 GB = 1,000,000,000 bytes). Formulas: 6 x parameters x tokens to train, 2 x parameters per token to use (Kaplan et al. 2020); ~20 tokens per parameter for compute-optimal training (Hoffmann et al. 2022); 16 bytes per parameter for Adam in mixed precision (Rajbhandari et al. 2020).</source>
        <translation>Octets en unités décimales (1 Go = 1 000 000 000 octets). Formules : 6 x paramètres x tokens pour entraîner, 2 x paramètres par token pour utiliser (Kaplan et al. 2020) ; ~20 tokens par paramètre pour un entraînement optimal en calcul (Hoffmann et al. 2022) ; 16 octets par paramètre pour Adam en précision mixte (Rajbhandari et al. 2020).</translation>
    </message>
    <message>
        <source>Depth (layers)</source>
        <translation>Profondeur (couches)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Vocabulary (tokens)</source>
        <translation>Vocabulaire (tokens)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Contexte (tokens)</translation>
    </message>
    <message>
        <source>How many transformer blocks are stacked; each adds its attention, MLP and norms again.</source>
        <translation>Combien de blocs transformer sont empilés ; chacun ajoute de nouveau son attention, son MLP et ses normalisations.</translation>
    </message>
    <message>
        <source>The size of every token&apos;s vector inside the model (d_model); most matrices are width x width.</source>
        <translation>La taille du vecteur de chaque token dans le modèle (d_model) ; la plupart des matrices font largeur x largeur.</translation>
    </message>
    <message>
        <source>How many different tokens the model knows: one row of the embedding table each.</source>
        <translation>Combien de tokens différents le modèle connaît : une ligne de la table d&apos;embeddings chacun.</translation>
    </message>
    <message>
        <source>How many tokens the model reads at once; learned position embeddings hold one row per position.</source>
        <translation>Combien de tokens le modèle lit à la fois ; les embeddings de position appris ont une ligne par position.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 doit être un nombre entier, pas %2</translation>
    </message>
    <message>
        <source>Published size</source>
        <translation>Taille publiée</translation>
    </message>
    <message>
        <source>Back to the model&apos;s published configuration.</source>
        <translation>Revenir à la configuration publiée du modèle.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 parameters (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 paramètres (%3)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>somme</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>En toutes lettres</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <source>Parameters per example</source>
        <translation>Paramètres par exemple</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>Parameters of every model on a log scale; your model is the orange bar at the bottom. Click a bar to explore that model.</source>
        <translation>Les paramètres de chaque modèle sur une échelle logarithmique ; votre modèle est la barre orange en bas. Cliquez sur une barre pour explorer ce modèle.</translation>
    </message>
    <message>
        <source>Parameters / training examples (points for your model, tokens for language models). Above 1 a model has more numbers to set than examples to learn from: room to memorize them (see the overfitting lesson).</source>
        <translation>Paramètres / exemples d&apos;entraînement (points pour votre modèle, tokens pour les modèles de langage). Au-delà de 1, un modèle a plus de nombres à régler que d&apos;exemples dont apprendre : de la place pour les mémoriser (voir la leçon sur le surapprentissage).</translation>
    </message>
    <message>
        <source>Save table as CSV…</source>
        <translation>Enregistrer le tableau en CSV…</translation>
    </message>
    <message>
        <source>Write this table (exact counts, training examples, sources) to a CSV file.</source>
        <translation>Écrire ce tableau (nombres exacts, exemples d&apos;entraînement, sources) dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Draw or load training points to compare your model&apos;s parameters per example.</source>
        <translation>Dessinez ou chargez des points d&apos;entraînement pour comparer les paramètres par exemple de votre modèle.</translation>
    </message>
    <message>
        <source>more parameters than points: room to memorize them</source>
        <translation>plus de paramètres que de points : de la place pour les mémoriser</translation>
    </message>
    <message>
        <source>fewer parameters than points</source>
        <translation>moins de paramètres que de points</translation>
    </message>
    <message>
        <source>%1: %2 parameters / %3 training points = %4 per point (%5; see the &lt;a href=&apos;%6&apos;&gt;Overfitting lesson&lt;/a&gt;). GPT-3: %7 per training token.</source>
        <translation>%1 : %2 paramètres / %3 points d&apos;entraînement = %4 par point (%5 ; voir la &lt;a href=&apos;%6&apos;&gt;leçon sur le surapprentissage&lt;/a&gt;). GPT-3 : %7 par token d&apos;entraînement.</translation>
    </message>
    <message>
        <source>parameters (log scale: each grid line is 10 times the one before)</source>
        <translation>paramètres (échelle log : chaque ligne vaut 10 fois la précédente)</translation>
    </message>
    <message>
        <source>The model the Explore, Cost and Tokens pages show (or click its bar in the ladder).</source>
        <translation>Le modèle que montrent les pages Explorer, Coût et Tokens (ou cliquez sur sa barre dans l&apos;échelle).</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Every model&apos;s parameter count on one log scale, yours at the bottom.</source>
        <translation>Le nombre de paramètres de chaque modèle sur une échelle logarithmique, le vôtre en bas.</translation>
    </message>
    <message>
        <source>Every model&apos;s exact count, what it was trained on, and parameters per example.</source>
        <translation>Le nombre exact de chaque modèle, ce sur quoi il a été entraîné et les paramètres par exemple.</translation>
    </message>
    <message>
        <source>The chosen model&apos;s parts with their formulas; change its size and recount.</source>
        <translation>Les parties du modèle choisi avec leurs formules ; changez sa taille et recomptez.</translation>
    </message>
    <message>
        <source>Memory and compute for the chosen model, and your run on the same scale.</source>
        <translation>Mémoire et calcul pour le modèle choisi, et votre exécution à la même échelle.</translation>
    </message>
    <message>
        <source>What a token is: a sentence split into GPT-2&apos;s tokens and their ids.</source>
        <translation>Ce qu&apos;est un token : une phrase découpée en tokens de GPT-2 et leurs identifiants.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Your model</source>
        <translation>Votre modèle</translation>
    </message>
    <message>
        <source>Change your model&apos;s layers and neurons in the Hyperparameters panel: the count follows.</source>
        <translation>Changez les couches et les neurones de votre modèle dans le panneau Hyperparamètres : le compte suit.</translation>
    </message>
    <message>
        <source>A fixed published architecture: its layers are listed as built.</source>
        <translation>Une architecture publiée fixe : ses couches sont listées telles qu&apos;elle est construite.</translation>
    </message>
    <message>
        <source>Save the ladder as CSV</source>
        <translation>Enregistrer l&apos;échelle en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2.</source>
        <translation>Le tableau n&apos;a pas pu être enregistré dans %1 : %2.</translation>
    </message>
    <message>
        <source>Saved the model sizes to %1</source>
        <translation>Tailles des modèles enregistrées dans %1</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>mille</translation>
    </message>
    <message>
        <source>million</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>milliards</translation>
    </message>
    <message>
        <source>trillion</source>
        <translation>billions</translation>
    </message>
    <message>
        <source>quadrillion</source>
        <translation>billiards</translation>
    </message>
    <message>
        <source>quintillion</source>
        <translation>trillions</translation>
    </message>
    <message>
        <source>sextillion</source>
        <translation>trilliards</translation>
    </message>
    <message>
        <source>septillion</source>
        <translation>quadrillions</translation>
    </message>
    <message>
        <source>octillion</source>
        <translation>quadrilliards</translation>
    </message>
    <message>
        <source>nonillion</source>
        <translation>quintillions</translation>
    </message>
    <message>
        <source>decillion</source>
        <translation>quintilliards</translation>
    </message>
    <message>
        <source>1 thousand</source>
        <translation>1 millier</translation>
    </message>
    <message>
        <source>1 million</source>
        <translation>1 million</translation>
    </message>
    <message>
        <source>1 billion</source>
        <translation>1 milliard</translation>
    </message>
    <message>
        <source>1 trillion</source>
        <translation>1 billion</translation>
    </message>
    <message>
        <source>Your linear model (%1)</source>
        <translation>Votre modèle linéaire (%1)</translation>
    </message>
    <message>
        <source>Your polynomial model (%1)</source>
        <translation>Votre modèle polynomial (%1)</translation>
    </message>
    <message>
        <source>Your logistic model (%1)</source>
        <translation>Votre modèle logistique (%1)</translation>
    </message>
    <message>
        <source>Your softmax model (%1)</source>
        <translation>Votre modèle softmax (%1)</translation>
    </message>
    <message>
        <source>Your mlp model (%1)</source>
        <translation>Votre modèle MLP (%1)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>exemples</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Your PCA</source>
        <translation>Votre ACP</translation>
    </message>
    <message>
        <source>Your %1 network</source>
        <translation>Votre réseau %1</translation>
    </message>
    <message>
        <source>Your %1 model (%2)</source>
        <translation>Votre modèle %1 (%2)</translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation>%1 poids</translation>
    </message>
    <message>
        <source>%1 biases</source>
        <translation>%1 biais</translation>
    </message>
    <message>
        <source>%1 centre values</source>
        <translation>%1 valeurs du centre</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>components</source>
        <translation>composantes</translation>
    </message>
    <message>
        <source>Parameters are the numbers a model learns; tokens are the pieces of text it reads.</source>
        <translation>Les paramètres sont les nombres qu&apos;un modèle apprend ; les tokens sont les morceaux de texte qu&apos;il lit.</translation>
    </message>
    <message>
        <source>Type a sentence</source>
        <translation>Tapez une phrase</translation>
    </message>
    <message>
        <source>Any text: it is split into GPT-2&apos;s tokens on this computer (nothing is sent anywhere).</source>
        <translation>N&apos;importe quel texte : il est découpé en tokens de GPT-2 sur cet ordinateur (rien n&apos;est envoyé nulle part).</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Embedding row</source>
        <translation>Ligne d&apos;embedding</translation>
    </message>
    <message>
        <source>row %1 of %2</source>
        <translation>ligne %1 sur %2</translation>
    </message>
    <message>
        <source>%1&apos;s embedding table (%2 rows x %3 = %4 parameters)</source>
        <translation>la table d&apos;embeddings de %1 (%2 lignes x %3 = %4 paramètres)</translation>
    </message>
    <message>
        <source>GPT-2&apos;s %1-token vocabulary (%2 has its own: %3 rows x %4)</source>
        <translation>le vocabulaire de %1 tokens de GPT-2 (%2 a le sien : %3 lignes x %4)</translation>
    </message>
    <message>
        <source>%1 characters → %2 tokens. Each id picks one row of %3: a token enters the model as %4 learned numbers.</source>
        <translation>%1 caractères → %2 tokens. Chaque identifiant choisit une ligne de %3 : un token entre dans le modèle sous forme de %4 nombres appris.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>this is a Python pickle, which GradientDesk never opens because loading one can run any code</source>
        <translation>c&apos;est un pickle Python, que GradientDesk n&apos;ouvre jamais car le charger peut exécuter n&apos;importe quel code</translation>
    </message>
    <message>
        <source>this is a zip archive (perhaps a NumPy .npz export), not a session</source>
        <translation>c&apos;est une archive zip (peut-être un export NumPy .npz), pas une session</translation>
    </message>
    <message>
        <source>this is a NumPy .npy array, not a session</source>
        <translation>c&apos;est un tableau NumPy .npy, pas une session</translation>
    </message>
    <message>
        <source>this is a PNG picture, not a session</source>
        <translation>c&apos;est une image PNG, pas une session</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>le fichier est trop volumineux (%1 Mo ; au plus %2 Mo)</translation>
    </message>
    <message>
        <source>the file nests its data too deeply to be a session</source>
        <translation>le fichier imbrique ses données trop profondément pour être une session</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a text file (byte %1 is not UTF-8)</source>
        <translation>ce n&apos;est pas un fichier texte (l&apos;octet %1 n&apos;est pas de l&apos;UTF-8)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the file ends too early (%1): it was cut off or is not complete</source>
        <translation>le fichier se termine trop tôt (%1) : il a été coupé ou n&apos;est pas complet</translation>
    </message>
    <message>
        <source>the file is not valid JSON at %1: %2</source>
        <translation>le fichier n&apos;est pas du JSON valide en %1 : %2</translation>
    </message>
    <message>
        <source>the file holds a number far too long to be read</source>
        <translation>le fichier contient un nombre bien trop long pour être lu</translation>
    </message>
    <message>
        <source>the file contains %1, which is not a JSON number; only finite numbers are allowed</source>
        <translation>le fichier contient %1, qui n&apos;est pas un nombre JSON ; seuls les nombres finis sont permis</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; appears twice in the same object</source>
        <translation>le champ &apos;%1&apos; apparaît deux fois dans le même objet</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 must be an object {...}; found %2</source>
        <translation>%1 doit être un objet {...} ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; is missing</source>
        <translation>%1 : le champ &apos;%2&apos; manque</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>le champ &apos;%1&apos; manque</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1 : champ inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be text; found %2</source>
        <translation>%1 doit être du texte ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 est trop long (%2 caractères ; au plus %3)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2</source>
        <translation>%1 doit être un nombre entier ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4</source>
        <translation>%1 doit être compris entre %2 et %3 ; trouvé : %4</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2</source>
        <translation>%1 doit être un nombre ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 doit être un nombre fini</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>inférieur à %1</translation>
    </message>
    <message>
        <source>%1 must be at least %2 and %3; found %4</source>
        <translation>%1 doit valoir au moins %2 et %3 ; trouvé : %4</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>%1 must be an array (a list of numbers or {&quot;npy&quot;: ...}); found %2</source>
        <translation>%1 doit être un tableau (une liste de nombres ou {&quot;npy&quot;: ...}) ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1 has shape %2, expected %3 (axis %4 should be %5)</source>
        <translation>%1 a la forme %2, attendu : %3 (l&apos;axe %4 devrait valoir %5)</translation>
    </message>
    <message>
        <source>%1 is infinity; only finite numbers are allowed</source>
        <translation>%1 vaut l&apos;infini ; seuls les nombres finis sont permis</translation>
    </message>
    <message>
        <source>%1 is NaN or infinity; only finite numbers are allowed</source>
        <translation>%1 vaut NaN ou l&apos;infini ; seuls les nombres finis sont permis</translation>
    </message>
    <message>
        <source>%1 must be a number %2; got %3</source>
        <translation>%1 doit être un nombre %2 ; valeur reçue : %3</translation>
    </message>
    <message>
        <source>%1.npy must be base64 text; found %2</source>
        <translation>%1.npy doit être du texte base64 ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1.npy is not valid base64 text</source>
        <translation>%1.npy n&apos;est pas un texte base64 valide</translation>
    </message>
    <message>
        <source>%1.npy is not a readable .npy array (%2)</source>
        <translation>%1.npy n&apos;est pas un tableau .npy lisible (%2)</translation>
    </message>
    <message>
        <source>%1 must hold %2 values; the file declares %3</source>
        <translation>%1 doit contenir des valeurs %2 ; le fichier déclare %3</translation>
    </message>
    <message>
        <source>%1 must have %2 dimension(s); the file declares shape %3</source>
        <translation>%1 doit avoir %2 dimension(s) ; le fichier déclare la forme %3</translation>
    </message>
    <message>
        <source>%1 is too large (%2 numbers; at most %3)</source>
        <translation>%1 est trop grand (%2 nombres ; au plus %3)</translation>
    </message>
    <message>
        <source>%1.npy is truncated or padded: %2 data bytes for shape %3 of %4</source>
        <translation>%1.npy est tronqué ou complété : %2 octets de données pour la forme %3 de %4</translation>
    </message>
    <message>
        <source>%1.npy could not be read (%2)</source>
        <translation>%1.npy n&apos;a pas pu être lu (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 rows)</source>
        <translation>%1 est trop grand (%2 lignes)</translation>
    </message>
    <message>
        <source>%1 must be a list of numbers; found %2</source>
        <translation>%1 doit être une liste de nombres ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1 has %2 value(s), but row 0 has %3</source>
        <translation>%1 a %2 valeur(s), mais la ligne 0 en a %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>%1 must be %2; found %3 %4</source>
        <translation>%1 doit être %2 ; trouvé : %3 %4</translation>
    </message>
    <message>
        <source>%1 must be %2; found %3</source>
        <translation>%1 doit être %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>%1 holds a number too large to store</source>
        <translation>%1 contient un nombre trop grand pour être stocké</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>this is not a GradientDesk session file (the field &apos;format&apos; should be &quot;%1&quot;; found %2)</source>
        <translation>ce n&apos;est pas un fichier de session GradientDesk (le champ &apos;format&apos; devrait valoir &quot;%1&quot; ; trouvé : %2)</translation>
    </message>
    <message>
        <source>this is not a GradientDesk session file (it has no field &apos;format&apos;: &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas un fichier de session GradientDesk (il n&apos;a pas de champ &apos;format&apos; : &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the field &apos;version&apos; must be a whole number from 1 up; found %1</source>
        <translation>le champ &apos;version&apos; doit être un nombre entier à partir de 1 ; trouvé : %1</translation>
    </message>
    <message>
        <source>this file was made by a newer GradientDesk (format version %1; this one reads version %2). Update GradientDesk to open it.</source>
        <translation>ce fichier a été créé par un GradientDesk plus récent (version de format %1 ; celui-ci lit la version %2). Mettez GradientDesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>hyperparameters: %1</source>
        <translation>hyperparameters : %1</translation>
    </message>
    <message>
        <source>optimizer: the optimizer&apos;s state needs the learned parameters it goes with, but &apos;parameters&apos; is null</source>
        <translation>optimizer : l&apos;état de l&apos;optimiseur a besoin des paramètres appris qui vont avec, mais &apos;parameters&apos; est null</translation>
    </message>
    <message>
        <source>counters: the step and epoch counters need the learned parameters they go with, but &apos;parameters&apos; is null</source>
        <translation>counters : les compteurs de pas et d&apos;époques ont besoin des paramètres appris qui vont avec, mais &apos;parameters&apos; est null</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found %3</source>
        <translation>%1 doit être l&apos;un de %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>data.X has %1 points; GradientDesk opens at most %2</source>
        <translation>data.X a %1 points ; GradientDesk ouvre au plus %2</translation>
    </message>
    <message>
        <source>data: the field &apos;y&apos; (labels or targets, one per point) is missing</source>
        <translation>data : le champ &apos;y&apos; (étiquettes ou cibles, une par point) manque</translation>
    </message>
    <message>
        <source>%1 is class %2, but there are %3 classes (0 to %4)</source>
        <translation>%1 est la classe %2, mais il y a %3 classes (de 0 à %4)</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>data : %1</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>unsupervised</source>
        <translation>apprentissage non supervisé</translation>
    </message>
    <message>
        <source>%1 must be a list of names; found %2</source>
        <translation>%1 doit être une liste de noms ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1 must be empty for %2 data</source>
        <translation>%1 doit être vide pour la tâche %2</translation>
    </message>
    <message>
        <source>%1 must list between 2 and %2 classes; found %3</source>
        <translation>%1 doit lister entre 2 et %2 classes ; trouvé : %3</translation>
    </message>
    <message>
        <source>%1 lists a name twice</source>
        <translation>%1 cite un nom deux fois</translation>
    </message>
    <message>
        <source>loss_history needs the learned parameters it led to, but &apos;parameters&apos; is null</source>
        <translation>loss_history a besoin des paramètres appris auxquels il a mené, mais &apos;parameters&apos; est null</translation>
    </message>
    <message>
        <source>%1: the columns have different lengths</source>
        <translation>%1 : les colonnes ont des longueurs différentes</translation>
    </message>
    <message>
        <source>%1 has %2 rows; at most %3</source>
        <translation>%1 a %2 lignes ; au plus %3</translation>
    </message>
    <message>
        <source>%1 must be whole numbers from 0 up, in increasing order</source>
        <translation>%1 doivent être des nombres entiers à partir de 0, en ordre croissant</translation>
    </message>
    <message>
        <source>%1 must be numbers from 0 up, in increasing order</source>
        <translation>%1 doivent être des nombres à partir de 0, en ordre croissant</translation>
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
    <name>StartPage</name>
    <message>
        <source>Welcome to GradientDesk</source>
        <translation>Bienvenue dans GradientDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt; (weights, biases) are what the model learns; &lt;b&gt;hyperparameters&lt;/b&gt; (learning rate, layers, ...) are what you choose before training.</source>
        <translation>Les &lt;b&gt;paramètres&lt;/b&gt; (poids, biais) sont ce que le modèle apprend ; les &lt;b&gt;hyperparamètres&lt;/b&gt; (taux d&apos;apprentissage, couches, ...) sont ce que vous choisissez avant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>(no goal given)</source>
        <translation>(aucun objectif indiqué)</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Leçon %1 : %2</translation>
    </message>
    <message>
        <source>Open lesson %1: %2</source>
        <translation>Ouvrir la leçon %1 : %2</translation>
    </message>
    <message>
        <source>Start page — GradientDesk</source>
        <translation>Page d&apos;accueil — GradientDesk</translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation>Afficher cette page au démarrage</translation>
    </message>
    <message>
        <source>Open this page whenever GradientDesk starts without a file. Help → Start page opens it at any time.</source>
        <translation>Ouvrir cette page chaque fois que GradientDesk démarre sans fichier. Aide → Page d&apos;accueil l&apos;ouvre à tout moment.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Each lesson sets up data, model and hyperparameters, and shows its steps in the Lesson panel.</source>
        <translation>Chaque leçon prépare les données, le modèle et les hyperparamètres, et affiche ses étapes dans le panneau de la leçon.</translation>
    </message>
    <message>
        <source>No lessons were found in this installation.</source>
        <translation>Aucune leçon n&apos;a été trouvée dans cette installation.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Jeu libre</translation>
    </message>
    <message>
        <source>Start from a ready-made dataset, then change anything.</source>
        <translation>Partez d&apos;un jeu de données tout prêt, puis changez ce que vous voulez.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
</context>
<context>
    <name>StopRules</name>
    <message>
        <source>Stopped after %1 epochs, as &apos;Stop after epochs&apos; says.</source>
        <translation>Arrêté après %1 époques, comme le demande « Arrêt après (époques) ».</translation>
    </message>
    <message>
        <source>Reached the target training loss %1 after %2 epochs.</source>
        <translation>Perte d&apos;entraînement cible %1 atteinte après %2 époques.</translation>
    </message>
    <message>
        <source>Early stopping: the test loss has not improved for %1 epochs (best %2 at epoch %3).</source>
        <translation>Arrêt précoce : la perte de test ne s&apos;est pas améliorée depuis %1 époques (meilleure %2 à l&apos;époque %3).</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Train several copies of the current model side by side from the same starting parameters, each with a different value of one hyperparameter (the learning rate by default), and compare their losses and decision maps: where training diverges, and which value learns best.</source>
        <translation>Entraîner plusieurs copies du modèle actuel côte à côte depuis les mêmes paramètres de départ, chacune avec une valeur différente d&apos;un hyperparamètre (le taux d&apos;apprentissage par défaut), et comparer leurs pertes et cartes de décision : où l&apos;entraînement diverge, et quelle valeur apprend le mieux.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>perte de test</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Sweep a hyperparameter</source>
        <translation>Balayer un hyperparamètre</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log.</translation>
    </message>
    <message>
        <source>Space the values evenly on a log scale (0.001, 0.01, 0.1, ...), as rates are judged.</source>
        <translation>Répartir les valeurs régulièrement sur une échelle logarithmique (0.001, 0.01, 0.1, ...), comme on juge les taux.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Make the selected run&apos;s value the main window&apos;s hyperparameter.</source>
        <translation>Donner la valeur de l&apos;exécution sélectionnée à l&apos;hyperparamètre de la fenêtre principale.</translation>
    </message>
    <message>
        <source>Choose a hyperparameter and a range, then Start.</source>
        <translation>Choisissez un hyperparamètre et une plage, puis Démarrer.</translation>
    </message>
    <message>
        <source>Click a run&apos;s point or its map to select it.</source>
        <translation>Cliquez sur le point ou la carte d&apos;une exécution pour la sélectionner.</translation>
    </message>
    <message>
        <source>Loss against the swept value</source>
        <translation>Perte en fonction de la valeur balayée</translation>
    </message>
    <message>
        <source>Decision map of each run</source>
        <translation>Carte de décision de chaque exécution</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Balayer</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>exécutions</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>No numeric hyperparameter of these settings can be swept.</source>
        <translation>Aucun hyperparamètre numérique de ces réglages ne peut être balayé.</translation>
    </message>
    <message>
        <source>Every run starts from the same parameters (seed %1) and sees the same minibatches; only the %2 differs. Allowed: %3.</source>
        <translation>Chaque exécution part des mêmes paramètres (graine %1) et voit les mêmes mini-lots ; seule la valeur de %2 diffère. Autorisé : %3.</translation>
    </message>
    <message>
        <source>Nothing to sweep for these settings.</source>
        <translation>Rien à balayer avec ces réglages.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Non démarré : %1</translation>
    </message>
    <message>
        <source>Starting %1 runs…</source>
        <translation>Démarrage de %1 exécutions…</translation>
    </message>
    <message>
        <source>Stopped at epoch %1 of %2. %3</source>
        <translation>Arrêté à l&apos;époque %1 sur %2. %3</translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>Le balayage s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>Nothing was trained.</source>
        <translation>Rien n&apos;a été entraîné.</translation>
    </message>
    <message>
        <source>Done: epoch %1 of %2. %3</source>
        <translation>Terminé : époque %1 sur %2. %3</translation>
    </message>
    <message>
        <source>Training: epoch %1 of %2. %3</source>
        <translation>Entraînement : époque %1 sur %2. %3</translation>
    </message>
    <message>
        <source>A sweep keeps at least one run: close it to drop them all.</source>
        <translation>Un balayage garde au moins une exécution : fermez-le pour les abandonner toutes.</translation>
    </message>
    <message>
        <source>Removed the run with %1. %2</source>
        <translation>Exécution avec %1 retirée. %2</translation>
    </message>
    <message>
        <source>%1 of %2 runs diverged</source>
        <translation>%1 exécutions sur %2 ont divergé</translation>
    </message>
    <message>
        <source>No run diverged</source>
        <translation>Aucune exécution n&apos;a divergé</translation>
    </message>
    <message>
        <source>the edge: %1 trained, %2 diverged</source>
        <translation>la limite : %1 s&apos;est entraîné, %2 a divergé</translation>
    </message>
    <message>
        <source>even the smallest value diverged</source>
        <translation>même la plus petite valeur a divergé</translation>
    </message>
    <message>
        <source>best %1 %2 (test loss %3)</source>
        <translation>meilleure valeur de %1 : %2 (perte de test %3)</translation>
    </message>
    <message>
        <source>best %1 %2 (training loss %3)</source>
        <translation>meilleure valeur de %1 : %2 (perte d&apos;entraînement %3)</translation>
    </message>
    <message>
        <source>diverged at step %1</source>
        <translation>a divergé au pas %1</translation>
    </message>
    <message>
        <source>loss %1 at step %2</source>
        <translation>perte %1 au pas %2</translation>
    </message>
    <message>
        <source>Selected: %1 %2 (%3).</source>
        <translation>Sélectionné : %1 %2 (%3).</translation>
    </message>
    <message>
        <source>The saved sweep could not be shown: %1</source>
        <translation>Le balayage enregistré n&apos;a pas pu être affiché : %1</translation>
    </message>
    <message>
        <source>Opened from the file: epoch %1 of %2. %3</source>
        <translation>Ouvert depuis le fichier : époque %1 sur %2. %3</translation>
    </message>
    <message>
        <source>Not adopted: the main window refused %1 %2.</source>
        <translation>Non adopté : la fenêtre principale a refusé %1 %2.</translation>
    </message>
    <message>
        <source>Adopted: the main window&apos;s %1 is now %2.</source>
        <translation>Adopté : %1 de la fenêtre principale vaut maintenant %2.</translation>
    </message>
    <message>
        <source>&amp;Sweep a hyperparameter…</source>
        <translation>&amp;Balayer un hyperparamètre…</translation>
    </message>
    <message>
        <source>there are no points to show the runs on</source>
        <translation>il n&apos;y a aucun point sur lequel montrer les exécutions</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; (%3) is not a number; the %4 goes %5.</source>
        <translation>%1 : « %2 » (%3) n&apos;est pas un nombre ; %4 : autorisé %5.</translation>
    </message>
    <message>
        <source>%1 goes %2</source>
        <translation>%1 : autorisé %2</translation>
    </message>
    <message>
        <source>A sweep has %1 to %2 runs; got %3.</source>
        <translation>Un balayage compte de %1 à %2 exécutions ; reçu : %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3 is outside the allowed range; %4.</source>
        <translation>%1 : « %2 » %3 est hors de la plage autorisée ; %4.</translation>
    </message>
    <message>
        <source>%1: the range from %2 to %3 is empty; choose two different values (%4).</source>
        <translation>%1 : la plage de %2 à %3 est vide ; choisissez deux valeurs différentes (%4).</translation>
    </message>
    <message>
        <source>%1: the range is reversed (%2 is above %3); put the smaller value in &apos;from&apos; (%4).</source>
        <translation>%1 : la plage est inversée (%2 est au-dessus de %3) ; mettez la plus petite valeur dans « de » (%4).</translation>
    </message>
    <message>
        <source>%1: a log range must start above 0; got %2 (%3).</source>
        <translation>%1 : une plage logarithmique doit commencer au-dessus de 0 ; reçu : %2 (%3).</translation>
    </message>
    <message>
        <source>a run: its loss now</source>
        <translation>une exécution : sa perte actuelle</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>a divergé</translation>
    </message>
    <message>
        <source>divergence edge</source>
        <translation>limite de divergence</translation>
    </message>
    <message>
        <source>best value</source>
        <translation>meilleure valeur</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (échelle log.)</translation>
    </message>
    <message>
        <source>trains at %1 </source>
        <translation>s&apos;entraîne à %1 </translation>
    </message>
    <message>
        <source> diverges at %1</source>
        <translation> diverge à %1</translation>
    </message>
    <message>
        <source>best %1 </source>
        <translation>meilleur %1 </translation>
    </message>
    <message>
        <source> best %1</source>
        <translation> meilleur %1</translation>
    </message>
    <message>
        <source>%1: diverged</source>
        <translation>%1 : a divergé</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (meilleur)</translation>
    </message>
    <message>
        <source>Training stopped: %1.</source>
        <translation>Entraînement arrêté : %1.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 kept</source>
        <translation>%1 conservés</translation>
    </message>
    <message>
        <source>step %1 of %2 · loss %3</source>
        <translation>pas %1 sur %2 · perte %3</translation>
    </message>
    <message>
        <source>now: step %1 · %2</source>
        <translation>maintenant : pas %1 · %2</translation>
    </message>
    <message>
        <source>The timeline keeps %1 keyframes, %2 MB of %3 MB; older steps are thinned evenly, so the memory stays within its budget however long the run.</source>
        <translation>La chronologie garde %1 images clés, %2 Mo sur %3 Mo ; les pas anciens sont éclaircis régulièrement, la mémoire reste donc dans son budget quelle que soit la durée de l&apos;exécution.</translation>
    </message>
    <message>
        <source>The timeline keeps %1 keyframe, %2 MB of %3 MB; older steps are thinned evenly, so the memory stays within its budget however long the run.</source>
        <translation>La chronologie garde %1 image clé, %2 Mo sur %3 Mo ; les pas anciens sont éclaircis régulièrement, la mémoire reste donc dans son budget quelle que soit la durée de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Go back to any step the run has kept: every view shows that step (training pauses). Arrow keys move one kept step, Home to the first, End back to now.</source>
        <translation>Revenir à n&apos;importe quel pas gardé par l&apos;exécution : chaque vue montre ce pas (l&apos;entraînement se met en pause). Les flèches avancent d&apos;un pas gardé, Début va au premier, Fin revient à maintenant.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Show the newest step again (nothing is lost).</source>
        <translation>Afficher de nouveau le pas le plus récent (rien n&apos;est perdu).</translation>
    </message>
    <message>
        <source>Continue here</source>
        <translation>Continuer ici</translation>
    </message>
    <message>
        <source>Train on from the step on show with the current hyperparameters (change the learning rate first to take another path); the later steps are dropped.</source>
        <translation>Reprendre l&apos;entraînement depuis le pas affiché avec les hyperparamètres actuels (changez d&apos;abord le taux d&apos;apprentissage pour prendre un autre chemin) ; les pas suivants sont abandonnés.</translation>
    </message>
    <message>
        <source>Keep this step however long the run gets (it is never thinned away) and save it with the session.</source>
        <translation>Garder ce pas quelle que soit la durée de l&apos;exécution (il n&apos;est jamais éclairci) et l&apos;enregistrer avec la session.</translation>
    </message>
    <message>
        <source>Branch…</source>
        <translation>Bifurquer…</translation>
    </message>
    <message>
        <source>Compare runs that all start from the step on show: change run B&apos;s hyperparameters there and watch both paths from the same point.</source>
        <translation>Comparer des exécutions qui partent toutes du pas affiché : changez-y les hyperparamètres de l&apos;exécution B et suivez les deux chemins depuis le même point.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>This step cannot be kept: kept steps may fill at most half of the timeline&apos;s memory.</source>
        <translation>Ce pas ne peut pas être gardé : les pas gardés peuvent occuper au plus la moitié de la mémoire de la chronologie.</translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <source>Step %1 cannot be shown: %2</source>
        <translation>Le pas %1 ne peut pas être affiché : %2</translation>
    </message>
    <message>
        <source>Training goes on from step %1; the steps after it were dropped.</source>
        <translation>L&apos;entraînement reprend au pas %1 ; les pas suivants ont été abandonnés.</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>the text is %1 characters long; at most %2 can be split into tokens at once</source>
        <translation>le texte fait %1 caractères ; au plus %2 peuvent être découpés en tokens à la fois</translation>
    </message>
</context>
<context>
    <name>Traces</name>
    <message>
        <source>Pick a parameter in the list or click a line.</source>
        <translation>Choisissez un paramètre dans la liste ou cliquez sur une ligne.</translation>
    </message>
    <message>
        <source>Pick a parameter in the box above the plot or click a line.</source>
        <translation>Choisissez un paramètre dans la liste au-dessus du graphique ou cliquez sur une ligne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2  (step %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2  (pas %3)</translation>
    </message>
    <message>
        <source>%1: not a parameter of this model</source>
        <translation>%1 : pas un paramètre de ce modèle</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>solid: weights · dashed: biases</source>
        <translation>plein : poids · tirets : biais</translation>
    </message>
    <message>
        <source>filter, e.g. dense1.b</source>
        <translation>filtre, p. ex. dense1.b</translation>
    </message>
    <message>
        <source>pick a parameter</source>
        <translation>choisir un paramètre</translation>
    </message>
    <message>
        <source>Pick the parameter to draw thick (type in the filter beside it to shorten the list).</source>
        <translation>Choisissez le paramètre à dessiner en gras (tapez dans le filtre à côté pour raccourcir la liste).</translation>
    </message>
    <message>
        <source>showing %1 of %2 parameters (all biases, evenly spaced weights) · solid: weights · dashed: biases</source>
        <translation>%1 paramètres affichés sur %2 (tous les biais, des poids régulièrement espacés) · plein : poids · tirets : biais</translation>
    </message>
    <message>
        <source>%1 parameters · solid: weights · dashed: biases</source>
        <translation>%1 paramètres · plein : poids · tirets : biais</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>PCA components W</source>
        <translation>composantes de l&apos;ACP W</translation>
    </message>
    <message>
        <source>PCA centre b</source>
        <translation>centre de l&apos;ACP b</translation>
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
<context>
    <name>UpdateInspector</name>
    <message>
        <source>&lt;b&gt;Symbols&lt;/b&gt;%1</source>
        <translation>&lt;b&gt;Symboles&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>this step changed %1 by</source>
        <translation>ce pas a changé %1 de</translation>
    </message>
    <message>
        <source>%1 %2: from %3 to %4 (grey line: 0)</source>
        <translation>%1 %2 : de %3 à %4 (ligne grise : 0)</translation>
    </message>
    <message>
        <source> (nothing selected: the first weight)</source>
        <translation> (rien de sélectionné : le premier poids)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2 : %3</translation>
    </message>
    <message>
        <source>step %1 · %2</source>
        <translation>pas %1 · %2</translation>
    </message>
    <message>
        <source> · t = %1</source>
        <translation> · t = %1</translation>
    </message>
    <message>
        <source> · learning rate %1</source>
        <translation> · taux d&apos;apprentissage %1</translation>
    </message>
    <message>
        <source> · %1 λ = %2</source>
        <translation> · %1 λ = %2</translation>
    </message>
    <message>
        <source>Training diverged: the parameters were put back to their last finite values, so there is no last update to show. Lower the learning rate and press Reset.</source>
        <translation>L&apos;entraînement a divergé : les paramètres ont été remis à leurs dernières valeurs finies, il n&apos;y a donc pas de dernière mise à jour à montrer. Baissez le taux d&apos;apprentissage et appuyez sur Réinitialiser.</translation>
    </message>
    <message>
        <source>No step with %1 yet: press Right (→) to take one minibatch step and see its update written out.</source>
        <translation>Pas encore de pas avec %1 : appuyez sur Droite (→) pour faire un pas de mini-lot et voir sa mise à jour détaillée.</translation>
    </message>
    <message>
        <source>Biases are not regularized: no λ term.</source>
        <translation>Les biais ne sont pas régularisés : pas de terme λ.</translation>
    </message>
    <message>
        <source>These numbers do not add up exactly: a hyperparameter was changed after this step.</source>
        <translation>Ces nombres ne tombent pas juste : un hyperparamètre a été changé après ce pas.</translation>
    </message>
    <message>
        <source>Set by hand to %1 after this step.</source>
        <translation>Réglé à la main à %1 après ce pas.</translation>
    </message>
    <message>
        <source>The hyperparameters changed after this step: the next step uses the new values.</source>
        <translation>Les hyperparamètres ont changé après ce pas : le pas suivant utilise les nouvelles valeurs.</translation>
    </message>
    <message>
        <source>over the whole run</source>
        <translation>sur toute l&apos;exécution</translation>
    </message>
    <message>
        <source>over the last %1 snapshots</source>
        <translation>sur les %1 derniers instantanés</translation>
    </message>
    <message>
        <source>The parameter to inspect (also selected in the table, traces and diagram).</source>
        <translation>Le paramètre à inspecter (sélectionné aussi dans le tableau, les tracés et le schéma).</translation>
    </message>
    <message>
        <source>value over the run</source>
        <translation>valeur sur l&apos;exécution</translation>
    </message>
    <message>
        <source>gradient g per step</source>
        <translation>gradient g par pas</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
</context>
<context>
    <name>WeightMaps</name>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Weights &amp;&amp; gradients</source>
        <translation>Poids &amp;&amp; gradients</translation>
    </message>
    <message>
        <source>The layer&apos;s weights W and biases b.</source>
        <translation>Les poids W et les biais b de la couche.</translation>
    </message>
    <message>
        <source>The last step&apos;s gradient dL/dW and dL/db.</source>
        <translation>Le gradient dL/dW et dL/db du dernier pas.</translation>
    </message>
    <message>
        <source>How the layer&apos;s weights spread over the training steps (a histogram per step).</source>
        <translation>Comment les poids de la couche se répartissent au fil des pas d&apos;entraînement (un histogramme par pas).</translation>
    </message>
    <message>
        <source>to output for class</source>
        <translation>vers la sortie de la classe</translation>
    </message>
    <message>
        <source>to output neuron</source>
        <translation>vers le neurone de sortie</translation>
    </message>
    <message>
        <source>PCA: %1 inputs × %2 components (%3 weights + %4 centre)</source>
        <translation>ACP : %1 entrées × %2 composantes (%3 poids + %4 centre)</translation>
    </message>
    <message>
        <source>input (b: centre)</source>
        <translation>entrée (b : centre)</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composante</translation>
    </message>
    <message>
        <source>to neuron (layer %1)</source>
        <translation>vers le neurone (couche %1)</translation>
    </message>
    <message>
        <source>to neuron</source>
        <translation>vers le neurone</translation>
    </message>
    <message>
        <source>Layer %1 (output): %2 → %3 (%4 weights + %5 biases)</source>
        <translation>Couche %1 (sortie) : %2 → %3 (%4 poids + %5 biais)</translation>
    </message>
    <message>
        <source>Layer %1 (output): %2 → %3 (%4 weights + %5 bias)</source>
        <translation>Couche %1 (sortie) : %2 → %3 (%4 poids + %5 biais)</translation>
    </message>
    <message>
        <source>Layer %1: %2 → %3 (%4 weights + %5 biases)</source>
        <translation>Couche %1 : %2 → %3 (%4 poids + %5 biais)</translation>
    </message>
    <message>
        <source>Layer %1: %2 → %3 (%4 weights + %5 bias)</source>
        <translation>Couche %1 : %2 → %3 (%4 poids + %5 biais)</translation>
    </message>
    <message>
        <source>from input</source>
        <translation>depuis l&apos;entrée</translation>
    </message>
    <message>
        <source>from neuron (layer %1)</source>
        <translation>depuis le neurone (couche %1)</translation>
    </message>
    <message>
        <source>from neuron</source>
        <translation>depuis le neurone</translation>
    </message>
    <message>
        <source>weights W | bias b, scale ±%1</source>
        <translation>poids W | biais b, échelle ±%1</translation>
    </message>
    <message>
        <source>W | b ±%1</source>
        <translation>W | b ±%1</translation>
    </message>
    <message>
        <source>gradient dL/dW | dL/db, scale ±%1</source>
        <translation>gradient dL/dW | dL/db, échelle ±%1</translation>
    </message>
    <message>
        <source>dL/dW | dL/db ±%1</source>
        <translation>dL/dW | dL/db ±%1</translation>
    </message>
    <message>
        <source>weights W | bias b</source>
        <translation>poids W | biais b</translation>
    </message>
    <message>
        <source>W | b</source>
        <translation>W | b</translation>
    </message>
    <message>
        <source>gradient dL/dW | dL/db</source>
        <translation>gradient dL/dW | dL/db</translation>
    </message>
    <message>
        <source>dL/dW | dL/db</source>
        <translation>dL/dW | dL/db</translation>
    </message>
    <message>
        <source>weights over time</source>
        <translation>poids dans le temps</translation>
    </message>
    <message>
        <source>W over time</source>
        <translation>W dans le temps</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>gradient of the last step (dL/dw)</source>
        <translation>gradient du dernier pas (dL/dw)</translation>
    </message>
    <message>
        <source>dL/dw</source>
        <translation>dL/dw</translation>
    </message>
    <message>
        <source>weights per bin (log scale)</source>
        <translation>poids par classe (échelle log)</translation>
    </message>
    <message>
        <source>weights per bin</source>
        <translation>poids par classe</translation>
    </message>
    <message>
        <source>Hover a cell to read its value; click it to select the parameter everywhere.</source>
        <translation>Survolez une cellule pour lire sa valeur ; cliquez pour sélectionner le paramètre partout.</translation>
    </message>
    <message>
        <source>Layer 3 (output)</source>
        <translation>Couche 3 (sortie)</translation>
    </message>
    <message>
        <source>fit gradient colours to this step</source>
        <translation>adapter les couleurs du gradient à ce pas</translation>
    </message>
    <message>
        <source>fit to this step</source>
        <translation>adapter à ce pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) = %3 · dL/d%4 = %5 · last update %6 · step %7 — click to select</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) = %3 · dL/d%4 = %5 · dernière mise à jour %6 · pas %7 — clic pour sélectionner</translation>
    </message>
    <message>
        <source>Which layer to show: W[i, j] is the weight from input j to neuron i.</source>
        <translation>La couche à afficher : W[i, j] est le poids de l&apos;entrée j vers le neurone i.</translation>
    </message>
    <message>
        <source>On: the gradient colours are scaled to the current step&apos;s gradients (the title says the scale). Off: they keep the largest |gradient| of the run, so they fade as training converges.</source>
        <translation>Activé : les couleurs du gradient sont mises à l&apos;échelle des gradients du pas actuel (le titre indique l&apos;échelle). Désactivé : elles gardent le plus grand |gradient| de l&apos;exécution et pâlissent donc quand l&apos;entraînement converge.</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>valeur du poids</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Internal error while handling %1: %2. Training was paused.</source>
        <translation>Erreur interne lors du traitement de %1 : %2. L&apos;entraînement a été mis en pause.</translation>
    </message>
    <message>
        <source>Training did not start: the trainer does not hold the current data and settings yet. Press Play again.</source>
        <translation>L&apos;entraînement n&apos;a pas démarré : l&apos;entraîneur n&apos;a pas encore les données et réglages actuels. Appuyez à nouveau sur Lancer.</translation>
    </message>
    <message>
        <source>Internal error while taking a snapshot: %1. Training was paused.</source>
        <translation>Erreur interne lors de la prise d&apos;un instantané : %1. L&apos;entraînement a été mis en pause.</translation>
    </message>
    <message>
        <source>%1 was not changed: the model&apos;s structure changed after it was picked (it is now %2).</source>
        <translation>%1 n&apos;a pas été modifié : la structure du modèle a changé après sa sélection (elle est maintenant %2).</translation>
    </message>
    <message>
        <source>the model has no parameter %1</source>
        <translation>le modèle n&apos;a pas de paramètre %1</translation>
    </message>
</context>
</TS>
