<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Compare</name>
    <message>
        <source>Train the current model beside copies of it that differ in a few hyperparameters (learning rate, optimizer, batch size, ...), from the same starting parameters, step for step (%1).</source>
        <translation>Entrena el modelo actual junto a copias que difieren en algunos hiperparámetros (tasa de aprendizaje, optimizador, tamaño de lote, ...), desde los mismos parámetros iniciales, paso a paso (%1).</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>&amp;Comparar ejecuciones…</translation>
    </message>
</context>
<context>
    <name>DataToolbar</name>
    <message>
        <source>Empty: draw points</source>
        <translation>Vacío: dibuja puntos</translation>
    </message>
    <message>
        <source>Drawn: n %1</source>
        <translation>Dibujados: n %1</translation>
    </message>
    <message>
        <source>%1, n %2</source>
        <translation>%1, n %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Left-click or drag on the canvas to add points (B).</source>
        <translation>Haz clic o arrastra en el lienzo para añadir puntos (B).</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Left-drag removes points (E). A right-drag always erases.</source>
        <translation>Arrastrar con el botón izquierdo quita puntos (E). Arrastrar con el derecho siempre borra.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Click a point (I) to see the model&apos;s worked forward pass for it; Shift+click inspects with any tool.</source>
        <translation>Haz clic en un punto (I) para ver el paso hacia delante del modelo calculado para él; Mayús+clic inspecciona con cualquier herramienta.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove every point (undoable).</source>
        <translation>Quita todos los puntos (se puede deshacer).</translation>
    </message>
    <message>
        <source>Class to draw</source>
        <translation>Clase que dibujar</translation>
    </message>
    <message>
        <source>The class of the points you draw. Colours are safe for colour-blind viewers.</source>
        <translation>La clase de los puntos que dibujas. Los colores se distinguen también con daltonismo.</translation>
    </message>
    <message>
        <source>Add a class (up to six).</source>
        <translation>Añade una clase (hasta seis).</translation>
    </message>
    <message>
        <source>Remove the last class and its points (undoable).</source>
        <translation>Quita la última clase y sus puntos (se puede deshacer).</translation>
    </message>
    <message>
        <source>The target value of the points you draw on 2-D regression data (their colour).</source>
        <translation>El valor objetivo de los puntos que dibujas en datos de regresión 2-D (su color).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Preset dataset</source>
        <translation>Conjunto de datos predefinido</translation>
    </message>
    <message>
        <source>A ready-made dataset. Press Generate (or pick one in the Data menu).</source>
        <translation>Un conjunto de datos ya hecho. Pulsa Generar (o elige uno en el menú Datos).</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Replace the points by the chosen preset, made with the numbers beside it (undoable).</source>
        <translation>Sustituye los puntos por el conjunto elegido, generado con los números de al lado (se puede deshacer).</translation>
    </message>
    <message>
        <source>Number of points to generate.</source>
        <translation>Número de puntos que generar.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>Standard deviation of the noise added, in axis units (&apos;default&apos;: the preset&apos;s).</source>
        <translation>Desviación típica del ruido añadido, en unidades de los ejes («por defecto»: la del conjunto).</translation>
    </message>
    <message>
        <source>Random seed of the generated points.</source>
        <translation>Semilla aleatoria de los puntos generados.</translation>
    </message>
    <message>
        <source>Share of points held out to test the model (drawn hollow). Also used for points you draw.</source>
        <translation>Proporción de puntos reservados para probar el modelo (dibujados huecos). Se aplica también a los puntos que dibujas.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>Brush and eraser radius (r), in the units of the axes.</source>
        <translation>Radio del pincel y del borrador (r), en las unidades de los ejes.</translation>
    </message>
    <message>
        <source>Spray (×): points added per dab, scattered over the brush disc.</source>
        <translation>Aerosol (×): puntos añadidos por toque, repartidos por el disco del pincel.</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>On the canvas: %1. The boxes after it set what Generate makes.</source>
        <translation>En el lienzo: %1. Las casillas que siguen fijan lo que crea Generar.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Hyperparameters — you choose these</source>
        <translation>Hiperparámetros — los eliges tú</translation>
    </message>
    <message>
        <source>Parameters — the model learns these</source>
        <translation>Parámetros — los aprende el modelo</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Runs — every run&apos;s name, what it changes from the current run, its steps and losses</source>
        <translation>Ejecuciones — el nombre de cada ejecución, qué cambia respecto a la actual, sus pasos y pérdidas</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Figura</translation>
    </message>
    <message>
        <source>&amp;Window as PNG…</source>
        <translation>&amp;Ventana como PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window, as it is now.</source>
        <translation>Guarda una imagen de toda la ventana, tal como está ahora.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start over with an empty canvas.</source>
        <translation>Empieza de nuevo con un lienzo vacío.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a session or lesson file (.gdesk).</source>
        <translation>Abre un archivo de sesión o de lección (.gdesk).</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save data, model, hyperparameters and learned parameters.</source>
        <translation>Guarda los datos, el modelo, los hiperparámetros y los parámetros aprendidos.</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save under a new name.</source>
        <translation>Guarda con otro nombre.</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Load points from a CSV file (with a preview; undoable).</source>
        <translation>Carga puntos de un archivo CSV (con vista previa; se puede deshacer).</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV...</source>
        <translation>Exportar datos como CS&amp;V…</translation>
    </message>
    <message>
        <source>Write x1, x2, label or target and split of every point.</source>
        <translation>Escribe x1, x2, la etiqueta o el objetivo y la partición de cada punto.</translation>
    </message>
    <message>
        <source>Export trained &amp;model...</source>
        <translation>Exportar &amp;modelo entrenado…</translation>
    </message>
    <message>
        <source>Write the learned parameters and the architecture needed to use them (JSON or NPZ). Hyperparameters are not part of a trained model.</source>
        <translation>Escribe los parámetros aprendidos y la arquitectura necesaria para usarlos (JSON o NPZ). Los hiperparámetros no forman parte de un modelo entrenado.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Borrar la lista</translation>
    </message>
</context>
<context>
    <name>GifRecording</name>
    <message>
        <source>Record &amp;GIF…</source>
        <translation>Grabar &amp;GIF…</translation>
    </message>
    <message>
        <source>Record an animated GIF of the canvas (and the loss) while the model trains.</source>
        <translation>Graba un GIF animado del lienzo (y de la pérdida) mientras el modelo entrena.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Show GradientDesk in this language from its next start.</source>
        <translation>Muestra GradientDesk en este idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language: %1. It applies when GradientDesk starts again.</source>
        <translation>Idioma: %1. Se aplica cuando GradientDesk se vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>LessonAuthoring</name>
    <message>
        <source>Save as &amp;lesson…</source>
        <translation>Guardar como &amp;lección…</translation>
    </message>
    <message>
        <source>Make a lesson of what the window shows: its points, model and settings, with your title, goal and steps (each step may show a view or change a setting when the learner presses Next step).</source>
        <translation>Crea una lección con lo que muestra la ventana: sus puntos, modelo y ajustes, con tu título, objetivo y pasos (cada paso puede mostrar una vista o cambiar un ajuste cuando el alumno pulsa Siguiente paso).</translation>
    </message>
    <message>
        <source>Open lesson &amp;folder…</source>
        <translation>Abrir &amp;carpeta de lecciones…</translation>
    </message>
    <message>
        <source>Add a folder of your own lesson files (.md) to this menu and to the start page.</source>
        <translation>Añade una carpeta con tus propios archivos de lección (.md) a este menú y a la página de inicio.</translation>
    </message>
    <message>
        <source>Your lessons</source>
        <translation>Tus lecciones</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>&amp;All lessons…</source>
        <translation>&amp;Todas las lecciones…</translation>
    </message>
    <message>
        <source>Every lesson with its goal: choose one to set it up.</source>
        <translation>Cada lección con su objetivo: elige una para prepararla.</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>The lessons, free play with the preset datasets, recent files.</source>
        <translation>Las lecciones, juego libre con los conjuntos predefinidos, archivos recientes.</translation>
    </message>
    <message>
        <source>No lessons installed</source>
        <translation>No hay lecciones instaladas</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Lección &amp;anterior</translation>
    </message>
    <message>
        <source>Open the previous lesson.</source>
        <translation>Abre la lección anterior.</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>Lección si&amp;guiente</translation>
    </message>
    <message>
        <source>Open the next lesson.</source>
        <translation>Abre la lección siguiente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press Play (Space) to train, or draw points on the canvas.</source>
        <translation>Pulsa Iniciar (Espacio) para entrenar, o dibuja puntos en el lienzo.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Close GradientDesk (training stops).</source>
        <translation>Cierra GradientDesk (el entrenamiento se detiene).</translation>
    </message>
    <message>
        <source>&amp;Clear all points</source>
        <translation>&amp;Borrar todos los puntos</translation>
    </message>
    <message>
        <source>Remove every point from the canvas (undoable).</source>
        <translation>Quita todos los puntos del lienzo (se puede deshacer).</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Restablecer &amp;diseño</translation>
    </message>
    <message>
        <source>Put every panel back where it started.</source>
        <translation>Devuelve cada panel a su sitio inicial.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About GradientDesk</source>
        <translation>&amp;Acerca de GradientDesk</translation>
    </message>
    <message>
        <source>Finishing the current computation…</source>
        <translation>Terminando el cálculo en curso…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>E&amp;xperimentos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Large fonts, thick lines and full screen for a classroom (F5; Esc or F5 leaves).</source>
        <translation>Letra grande, líneas gruesas y pantalla completa para el aula (F5; Esc o F5 para salir).</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Presentation &amp;options…</source>
        <translation>&amp;Opciones de presentación…</translation>
    </message>
    <message>
        <source>Size, full screen, hiding of advanced controls, high contrast.</source>
        <translation>Tamaño, pantalla completa, ocultar controles avanzados, alto contraste.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Gaussians</source>
        <translation>Gaussianas</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Xor</source>
        <translation>Xor</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>Manchas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Recta</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Seno</translation>
    </message>
    <message>
        <source>Polynomial</source>
        <translation>Polinomio</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Unsupervised (PCA)</source>
        <translation>No supervisado (PCA)</translation>
    </message>
    <message>
        <source>Two Gaussian clouds: separable by a straight line.</source>
        <translation>Dos nubes gaussianas: separables por una recta.</translation>
    </message>
    <message>
        <source>A disc inside a ring: needs a curved boundary.</source>
        <translation>Un disco dentro de un anillo: necesita una frontera curva.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: no single line separates them.</source>
        <translation>Los cuadrantes opuestos comparten clase: ninguna recta sola los separa.</translation>
    </message>
    <message>
        <source>Two interleaved spirals: hard, needs a deeper network.</source>
        <translation>Dos espirales entrelazadas: difícil, necesita una red más profunda.</translation>
    </message>
    <message>
        <source>Two interleaving half circles.</source>
        <translation>Dos semicírculos entrelazados.</translation>
    </message>
    <message>
        <source>Three Gaussian clouds: three classes for softmax.</source>
        <translation>Tres nubes gaussianas: tres clases para softmax.</translation>
    </message>
    <message>
        <source>Points near a straight line y = 0.6 x + 1.</source>
        <translation>Puntos cerca de la recta y = 0.6 x + 1.</translation>
    </message>
    <message>
        <source>Points near a sine wave.</source>
        <translation>Puntos cerca de una onda sinusoidal.</translation>
    </message>
    <message>
        <source>Points near a cubic curve.</source>
        <translation>Puntos cerca de una curva cúbica.</translation>
    </message>
    <message>
        <source>A jump from -2 to 2 at x = 0.</source>
        <translation>Un salto de -2 a 2 en x = 0.</translation>
    </message>
    <message>
        <source>Heights on a tilted plane over two inputs.</source>
        <translation>Alturas sobre un plano inclinado con dos entradas.</translation>
    </message>
    <message>
        <source>An elongated cloud for PCA: one long and one short direction.</source>
        <translation>Una nube alargada para PCA: una dirección larga y otra corta.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Step done ✓</source>
        <translation>Paso hecho ✓</translation>
    </message>
    <message>
        <source>Tick this step in the lesson and show the next one.</source>
        <translation>Marca este paso en la lección y muestra el siguiente.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Show the data canvas beside the view, or the view alone (Ctrl+0).</source>
        <translation>Muestra el lienzo de datos junto a la vista, o la vista sola (Ctrl+0).</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Todas las vistas</translation>
    </message>
    <message>
        <source>Every view at once, for a large screen (Ctrl+9; Ctrl+0 hides the canvas); again for one view.</source>
        <translation>Todas las vistas a la vez, para una pantalla grande (Ctrl+9; Ctrl+0 oculta el lienzo); otra vez para una sola vista.</translation>
    </message>
</context>
<context>
    <name>StageViews</name>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>Neurons, weights and what each neuron computes.</source>
        <translation>Neuronas, pesos y lo que calcula cada neurona.</translation>
    </message>
    <message>
        <source>Weight maps</source>
        <translation>Mapas de pesos</translation>
    </message>
    <message>
        <source>One layer&apos;s W, b, dL/dW and its weights over time.</source>
        <translation>W, b, dL/dW de una capa y sus pesos a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Parameter traces</source>
        <translation>Trazas de parámetros</translation>
    </message>
    <message>
        <source>Every weight and bias over the steps.</source>
        <translation>Cada peso y sesgo a lo largo de los pasos.</translation>
    </message>
    <message>
        <source>Update inspector</source>
        <translation>Inspector de actualización</translation>
    </message>
    <message>
        <source>The last step of one parameter, with the numbers.</source>
        <translation>El último paso de un parámetro, con los números.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de pérdida</translation>
    </message>
    <message>
        <source>The loss over two parameters, and the optimizer&apos;s path on it.</source>
        <translation>La pérdida sobre dos parámetros y el camino del optimizador en ella.</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>Paso hacia delante</translation>
    </message>
    <message>
        <source>What the model computes for one point, step by step.</source>
        <translation>Lo que calcula el modelo para un punto, paso a paso.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>From your model&apos;s parameters to GPT-3&apos;s, counted with one rule.</source>
        <translation>De los parámetros de tu modelo a los de GPT-3, contados con una sola regla.</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Train several copies of the current model side by side from the same starting parameters, each with a different value of one hyperparameter (the learning rate by default), and compare their losses and decision maps: where training diverges, and which value learns best.</source>
        <translation>Entrena varias copias del modelo actual en paralelo desde los mismos parámetros iniciales, cada una con un valor distinto de un hiperparámetro (la tasa de aprendizaje por defecto), y compara sus pérdidas y mapas de decisión: dónde diverge el entrenamiento y qué valor aprende mejor.</translation>
    </message>
    <message>
        <source>&amp;Sweep a hyperparameter…</source>
        <translation>&amp;Barrido de un hiperparámetro…</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>1 step/s</source>
        <translation>1 paso/s</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 pasos/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 pasos/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 pasos/s</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 pasos/s</translation>
    </message>
    <message>
        <source>1000 steps/s</source>
        <translation>1000 pasos/s</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Train continuously (Space). Press again to pause.</source>
        <translation>Entrena sin parar (Espacio). Pulsa otra vez para pausar.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>One gradient-descent step on one minibatch (Right arrow).</source>
        <translation>Un paso de descenso de gradiente sobre un minilote (flecha derecha).</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Train until the current pass over the training points is complete (Shift+Right).</source>
        <translation>Entrena hasta completar la pasada actual por los puntos de entrenamiento (Mayús+Derecha).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Fresh parameters from the seed (R). The same seed gives the same start.</source>
        <translation>Parámetros nuevos a partir de la semilla (R). La misma semilla da el mismo inicio.</translation>
    </message>
    <message>
        <source>How many gradient-descent steps per second. Slow speeds let you follow each update; &apos;As fast as possible&apos; trains at full speed.</source>
        <translation>Cuántos pasos de descenso de gradiente por segundo. A poca velocidad puedes seguir cada actualización; «Lo más rápido posible» entrena a toda velocidad.</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> Velocidad: </translation>
    </message>
    <message>
        <source>Step: updates so far. Epoch: complete passes over the training points. Examples: training points the model has seen.</source>
        <translation>Paso: actualizaciones hasta ahora. Época: pasadas completas por los puntos de entrenamiento. Ejemplos: puntos de entrenamiento que ha visto el modelo.</translation>
    </message>
    <message>
        <source>Speed: %1, as this lesson needs (change it in the training bar).</source>
        <translation>Velocidad: %1, como necesita esta lección (cámbiala en la barra de entrenamiento).</translation>
    </message>
    <message>
        <source>%1
Not available now: %2</source>
        <translation>%1
No disponible ahora: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>  step %1 · epoch %2 · %3 examples  </source>
        <translation>  paso %1 · época %2 · %3 ejemplos  </translation>
    </message>
</context>
</TS>
