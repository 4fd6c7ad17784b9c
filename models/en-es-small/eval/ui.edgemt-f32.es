Insertar gráficos
Cargar documento
mostrar las firmas IETF en firmas
está entre
Preguntar antes de cerrar
-R, -r, --ruper directorios recursivamente --reflink[=CHENWEN controlar el clon de copias. Se detecta debajo de la copia del archivo --ww-inind-definida a cada fichero existente (por defecto)
Confojo antiguo
Pista de medio medio
Herramientas de ruta: Crear y editar trayectos
Título vertical, texto vertical
¿Seguro que quiere eliminar los datos seleccionados?
elimina paquetes redundados, y ejecutar git-prupack-pack
incluir archivos no rastreados en el stash
Eliminar contenido de celdas
Combinar las marcas de índices
q = salir
Activar ajuste
sesión: abortando solicitada por PAM
(requierido)
Polícula de Gains predeterminado
Anchura para cada elemento
Permitir usuarios no ejecutan usuarios para ejecutar programas
Vista previa previa de la dirección anterior
Hora
Indica si se debe configurar los mensajes nuevos en la carpeta en la lista de reproducción.
Los paquetes en el archivo pero no está en el archivo:
Pulse para establecer el punto B
La versión de LibreOffice no coincide con LibreOffice:
Centro de rotación del objeto
Thick-in, Gap
Editar y gresionados de menús fuera
No se puede eliminar la lista de módulos
Abor izquierda
--merge-base sólo funciona con dos commits
Cotetete de transacciones existentes
No se pudo leer el índice
2 capa
Proporciona un efecto transparente con línea y relleno
Comenzar este Cargo de Cargo
Usar archivo de subtítulos
Importar todas las columnas en la derecha
Mapa
Especifique la configuración de tres grupos para tres grupos. La pestaña tiene la misma distribución.
No se ha seleccionado ninguna aplicación
Kacoleto
Mostrar Netillo de Net
El argumento usado para ejecutar programas en el terminal definido por la clave «REP». DESCIN: esta clave está obsoleto y se ignorará. La terminal y se descartará en ella.
interpretador de programa
La imagen que se usará para mezclar
Convertir una cita a una reunión
El punto de origen es la esquina inferior izquierda de la página.
Enviar un escenario al reverso
Página Front
Europa occidental (Windows-1252/Wino 1)
Desde la base de datos
Las propiedades CSS de los clones que se deben copiar, escrito como una lista de coma-separación; y «reg.», el filtro de opacidad.
Reproducción y de reproducción
Enviar / Recesivo
Seleccionar otra cuenta
Debe introducir al menos una ruta, los marcadores vacíos no están soportados.
El nombre del dispositivo se usa para identificar este dispositivo cuando está vista previa sobre la red, o cuando pair el dispositivo azul.
-h-ético-hex compatible H00' tiene estilos constantes
Ignorar en formato
Incluye los estilos del borde en el estilo de tabla seleccionado.
Columnas de desvituales indivituales
Inkscape avanzados avanzados
Abre el diálogo Seleccionar ruta para seleccionar otra carpeta o el diálogo Abrir al seleccionar otro archivo.
Ajustar la licencia
-i, --ignore-errors Ignorar errores de recipciones.
Introduzca la dirección IP externa
Limpiar la selección y deseleccionar todas las cuentas.
No se pudo cambiar a la configuración de depuración
-z deszy Marca el objeto de la ejecución de trabajo ejecutando (por defecto)
Omitir página
Falló el directorio de la consulta
antiguo
Seleccione el campo de datos que desee ordenar o filas por filas.
Colores Crimon
Color de línea
Entrada digital (Firewire-ree/ee139494)
Cuenta:
4 flechas
Sección Srittertt
Unión de Miter
Previsivos para ser usado cuando no se ha especificado.
Operación GEGL
Tamaño máximo GOP
No se pudo iniciar la impresora. Introduzca la configuración de la impresora.
Ajustar a la rejilla por defecto en las ventanas nuevas.
Asistrada
No añadir puntos en puntos de referencia
Error al eliminar la lista
Regresión de línea
sintaxis no válida en el modo de dirección External
Abortando.
-Q se descarta -V muestra el número de versión del número -k -k
la definición de transformación, al menos uno de un trdesfsqlql y tráflqql debería ser ser no eszzzzz
El certificado coincidente.
Eliminar automáticamente todos los paquetes sinusar
no es error
Frecciones
orden de comandos cambiados
no cambiado
Obtener tipos
Transformación reciente:
No se puede usar las bases de datos para el tipo de datos.
Bloq Mayús utiliza el reproductor interno; Mayús no afecta el Bloq Bloq Bloq Mayús
Escriba su posición en la sociedad en este campo.
Abrir tipografías SVG
Nombre de la impresora
Variables aleatorias aleatorios
El número de repetición de repetición (3) es mayor que el número de repetición totales (12).
commit
Estilo de Join
Para cambiar el tiempo o la configuración de fecha, necesita a authentica.
Ajuste de guías:
No es una expresión simbólico
Supresar todas las salida normales
Salida de emisión
Selección de salida:
Establece la granidad de una pista o más pistas
Esta clave introducida la clave automática escontrada de los iconos automáticos del estado de los iconos de acceso cuando no se activan las características.
Desactivar la nsibilidad para interesvidad de internabilidad con Microsoft Excel
Introduce un retardo en la pantalla de la emisión.
Error al escribir el archivo
Las columnas se pueden mostrar el suficiente suficiente para mostrar el contenido de la selección
Confojo de Micrófo
spectrum.txt
Los datos JSON está vacíos
Calidad bajo
hoja de cálculo de OpenOffice Calc
excluye los directorios que contienen CACHE.TAGAG
Libro de nuestratencia
Posición del panel de vista previa del contacto cuando está vertical.
Confirmar transformación
Importar datos de muestra
La imagen no adecuada para esta composición
final del diálogo de control
Duración total/Remainando
Añade el elemento a la lista.
Opacidad de Blur y opacidad
ngulo:
Análisis de Nearis (o lado)
Blinto; Bilin
Stoccutos de Stotoc
Informe los informes y renombrar como simples/desactivar eventos
Color de enlaces sinviados
[in&out]
Nombre del usuario copiado
No se pudo renombrar
hh:mm:s + fotogramas PAL (25 fps)
Replicar la selección de degradado
Decodificador de subtítulos EBUL
Intercambiar relleno y trazo de un objeto
No se pudo cambiar los cambios después de reiniciar:
Cuentas objetivos
, reubicación de reubicación
Solamente se muestra el documento y muestra el área de vista previa.
Mapa de colores
Controla la visibilidad del menú de la selección en la barra de estado.
Reemplazar RGB por cualquier color
--no-subscriptions no restaurar subíndices
La cantidad de fuerza a través de empaquetado en la simplificación, establece a 0 para omitir; se descarta esta orden (Predeter este comando (Predet: 0)
Previsar a la selección para mover la selección
-w, --con-workers muestra el núcleo de trabajo demasiados
Abrir ubicación
Alt+Shif
Y murió Owerto
Porque los vídeos, sólo los WebM y Matroka (.mk). Los formatos se admiten el archivo de referencias de la referencia de vídeo. El archivo no es igual a estos formatos.
Estas siguientes opciones específicas específicas son soportados para usarse con el cambio -M:
Radio del borde:
Configuración de usuario
La línea ascendente
Muestra una vista previa del bloque de la plantilla de bloque de datos de datos.
Listar acciones disponibles
Crea una imagen aproximimidad de color transparente y colorizables de la imagen del nivel
No se puede especificar más más que una '-Acrud', '-delete' o '----label'
Audacity no se puede bloquear el directorio temporal. Esta carpeta puede usarse en otro copia de Audacity.
Otro CMIS
Sofo
Codificación de dirección FDE:
Estilo:
documento ODA
Hay algunas acciones definidas para que el usuario está disponible para obtener el inicio de GnuCash con GnuCash. Seleccione una acción de esta acción y pulse en el botón OK o el botón «K» si no quiere hacer ningún botón de ellos.
fila: Company Nombre
No se pudo solicitar la memoria
Importar datos
premasión e echa (inilil)
-warn-unmatched-aleded cuando una reubicación (suubiada no coinciden más bajo)
Activar este complemento de complemento?
Laván (F)
Añadir salto de página de columna
mientras la salida prepar
Anchura de página
Aplica la prueba de Isurrica si está marcada, o flating si no se amar.
No se admite la extensión 5 no está soportado por el formato del objeto.
Calidad JPEG
Crear desde los objetos Folujos
Convierte en la característica automática automática.
Importación de lista de reproducción DVB
Añadir transformación
Falló la creación del archivo de la operación
Editar rutas de recorte
plantilla (Unnamed)
no se admite el static nodo/sa
Error al leer la información del bloque
No tiene permiso para realizar la acción
Marcador de unidades de Bostalia de Cuenta 9 (E.U.U.A.9-9-9)
Fondo: omitir el color del mapa de colores
Idiomas para Reprimir y por el texto entribución
Para convertir una fórmula en los valores de static no necesitan copiar/pones; usar datos  Calcula la fórmula  Calcula la fórmula al valor.
-B, --aleses-maker no escondificación de todos los objetivos.
Prueba en GIMP
Añadir / Transformar
expresión GREG demasiado complicada
hacer una firma
Extraer 5 archivo
Enviar un complemento a último complemento
Importar exportación
/Conversación/Guesiones
Tamaño del marco
Pulse y arrastre para rotar y escalar
Cabecera de código fuente
No se pudo resolver el nombre del servidor.
Muestra la sección o objeto que el enlace se refiere en el archivo fuente. Si quiere introducir una sección nueva o aquí un objeto nuevo.
Seleccione el modo en el cual BibleSnc debería operar.
Tabla de ordenación
Cuando el estado no está especificado en un archivo QIF, las transacciones se marcan como no está marcado.
Determina la configuración para escribir el documento de dibujo o documentos de LibreOffice Impress en formato HTML.
Abre el cuadro de diálogo de direcciones nueva nueva donde puede definir un bloque de dirección nuevo.
No disponible
2G (preferido), 3G, 4G
Previeración nuevos dispositivos USB de interactactar con el sistema cuando la pantalla está bloqueada.
Salir
Mostrar el color de Cuenta como fondo
ngulo de rotación
Arrastre para seleccionar objetos para editar, pulse para editar este objeto (mo: Mayús)
No se elimina las secciones sin listar
-E, --encoding=ENCONONONONONON los datos de codificación en ENDIN
ninguno no hay auto-scalado; el que no se affigará un error de error
Webcast
ltimo estilo usado
Iniciar la pista a&dución
¿Estás respuesta a un mensaje que llegan a través de una lista de correo electrónico, pero tú son respuesta a la lista. ¿Quiere eliminar la lista? ¿Quiere continuar?
El punto de anchura de trazo: arrastre para ajustar la anchura de trazo. Ctrl+Alt+ añadir un punto de control, Ctrl++Alt+ borrar el botón secundario, Mayús Mayús+ para lanzar el botón secundario.
Longitud de barra:
Rayas 1:5 blanco
Pit/Tempo
no se pudo finar pack-objects para repackpacks
-s, --short nombre de equipo
expresión FPA inválido
Same como `-redix=8'
Intervalo de números
restaurar el valor de un parámetro ejecutar-time para el valor predeterminado
imagen PNM
Devuelve la matriz de la unidad de un tamaño de un tamaño.
Ajusta el número de elementos que se a pulsar en pulse
ngulo del valor de dimensiones
No se ha establecido la emisión de entrada.
Número interno de la fecha.
: operando TLS no puede ser una constante
Apendar datos
restaurar sin guardar
vídeo SGI
Escala de color relativa
Devuelve la variación basada en la población de la población. El texto se calcula como cero.
floc: llamó con un argumento de bloqueo de bloqueo
alfa:
Detención
Las opciones SPECIAL no están implementadas
Falló al leer las cabeceras del archivo
Obtener información
El Bodyy es:
El valor de la cuenta de Transferencia no puede mapearse a una cuenta.
Límite de letra
Fin de una biblioteca
Editar barra de herramientas
Guardar como Draff
No se puede seleccionar preciliarmente
El archivo remoto no existe --bibido. !
Trazar
Kurtos
Déramiano
Error de sintaxis SQL
no se pudo leer el archivo rc
El diálogo de ayuda de correo Combinar en las formas y guardar las cartas.
Para aplicar a las pistas, todas las pistas seleccionadas deben tener la misma frecuencia.
Monedo 3
Manicina
imprimir contenido de tag
Salida de emisión Chromemest
Elevación:
número incorrecto de argumentos, debería ser 100
MODE.SNGL
Reproducir favorito 7 de lista de reproducción
Buscar descripción
Fallo en la resolución del nombre de la resolución
Texto de numeración
El color demedio
Integer Integer
Con el primer plano
tipo de reubicación 18-bit
-o OBJO nombre del objeto de salida del objeto OBJO (por defecto)
ISO-8859-10 (Nordic)
Solo cifrado sólo con tétérica
crear un clon clonado para el número especificado
Una diapositiva
No se pudo obtener el texto seleccionado.
La capa no puede ser abajo más.
Estilo de muestra un estilo de muestra.
Formas del pincel (editor): usar Circular
autoempliar
La rueda del ratón vertical (upción del eje) puede control de volumen, o se descarta la posición.
-l, -- izquierda-columna sólo la salida izquierda de las líneas comunes
Licencia Apacheche, versión 2.0
Hanlolo
debe especificar una referencia a fusión
Ajustar punto de inicio para definir el ángulo de inicio
Importación BIGTIFF y exportar ahora
Ver verde verde
Rotar la capa
rabe (AZERTY)
borrar refs de reemplazar
Solo oscuro (l)
Dibujar un borde alrededor del lienzo
cifrado de cifrado
A0 (Aponsiones)
no se pudo crear la transacción de datos commit
Señal desconocida 2
Este efecto, también conocidos como «gresal pantalla» o «chama» mezclar las partes «remas» de la imagen de primer plano» en el fondo del fondo de la imagen de fondo (ocacaca).
Falta la expresión
Esta extensión será un patrón a lo largo de la curva de los objetos seleccionados.
Esta relación ya existe. ¿Quiere editarlo o crear una nueva?
Si no se especifica ningún archivo de entrada(s), se asentan.
Activar se haciado personalizado
Información de seguridad
Mover el elemento seleccionado en la lista.
abajo
Fundido
Formato de salida
inconsistrada de
Submitica de pistas reproducidos a la última vez.fm
Recuperación totalmente
Asigna una contraseña maestra para protegir el acceso a una contraseña guardada.
No se arrereger el documento «0.992» del texto base de texto en abrir
la instrucción no permite el índice de desplazamiento
Degradados
La opción de acceso a «Ubilil» de tipo de letra automático automático» para mostrar el color activo. Los atributos de color no se utilizan en texto.
Editar atributos de la capa
Lituamente transacción con los días que coincidan en estos días
Escala de ampliación:
Nivel de tatail
No se pudo crear el proceso en el servidor
Opciones de transporte
Protegión del documento
Icono de la fila
Imagen Windows
Seleccione el cuadro de verificación, y pulse en el intervalo de celdas donde quiere mostrar los filtros de filtros.
Registro de tiempo
Alias para -d
Seleccione los tipos de herramienta de relleno para los valores predeterminados. Puede cambiar estos valores usando la herramienta de texto. El comando (ssintal) en el orden de la herramienta activo. Si no se usa en la herramienta de la herramienta de la capa actual. Si no se establece a la capa nueva nueva nueva nueva.
Midigo
Envolvente
Repetir una línea con una línea especificada con todos los CADENA(s) o 'y'.
Barra de desplazamiento
Editar este bloqueo
Eliminar el ajuste seleccionado
Ir a la siguiente pestaña
opciones de inconsistrada NEWLEINE
Su instalación de GIMP es inverso:
Desplazamiento horizontal del ancla horizontal
la instrucción no aceptando la dirección preindexada
La aplicación no existe
Inicio inicial
Forma
Temujo Gear-eth
No permitir la versión sinusado en el script
El tipo de certificado no está soportado.
Mover objetos y refs por archivo
Sarara
Si el botón incremento debe estar pulsada en o no
Establece la imagen contrastal, entre 0 y 2. Por defecto a 1.
datos en la sección ejecutable
Ruces lenguas
Imagen CCIT G3T
El elemento del grupo
Modo de audio estéreo
Clave de Legend
Grupo:
Indica si el diálogo de aviso en la versión de la versión de Evolution se omite.
Error en la lista de direcciones.
Dirección vertical de texto.
Espaciado pequeño
-t, --table=TABABO[(LLUNNNS)
-e necesita exactamente un argumento
República de Polandés
fórmula de tabla incorrecta
Detalles acerca de la actualización:
Control de conexión cerrada.
Indica si esta etiqueta afecta a la sangría
Falló 'git multi-pack-index'
Añade un navegador de JavaScriptmente para renderizar mes en navegadores web.
Error: desbordamiento de fórmula
documento RAML
Indica si se deben preferar el icono sobre el texto
Espaciado principal de división Y:
Devuelve el número de límites individuales que pertenece un rango (multiple).
-96 dB (PC rango de 16 bit de muestras)
leer comandos de stdin
Incrementar operar la ganancia (por defecto 1.0)
Intervalor en el eje Y (pels)
Establece el componente verde del componente vertical en el color vertical, y el componente azul y el componente azul en el campo de dos veces en el campo de color. Permite «sine» a 0. Los valores son 255.
Páginas por hoja
Nombre actual
Las copias de la selección inicial de la selección
Bientamente
Longitud del cursor de la linklink, en milisegundos
Insertar texto automático
Introduzca la URL de base, i. .e, sin defecto, en el final.
archivador de shell
Indica si las notificaciónes globales se activan para esta aplicación.
Español (Macintosh)
Cambiar contraste de azul
Elija una carpeta para guardar mensajes.
Correo de Gnumeric
la reubicación sinfledumente desfo
no se puede manejar OPIPO
Número de días para guardar la papelera y archivos temporales
Escala aleatoria
Habéis de dos opciones: - La interfaz resizeará al tamaño de vídeo - el tamaño de vídeo - la interfaz para ajustar el tamaño de la interfaz predeterminada, la interfaz de vídeo para el tamaño nativo del vídeo nativo.
Crear carpeta nueva
Nivel de esquema
Redimensionar capa
no coincide el rango de dirección
Seleccione el nombre corto del registro bibliografía que desee insertar.
Necesita autenticarse para cambiar el terminal virtual.
Escriba el término de búsqueda en el cuadro o seleccione de la lista.
Generar información de de desenrerecciones para PLT
Quita el código de referencia seleccionado desde la línea Structur.
Determina si se debe buscar direcciones para el filtro de SPAM en el libro de direcciones local
Tiempo de tiempo de tiempo
código fuente C++
Reproducir un sonido
Indica si este texto está oculta.
Tamaño máximo de imagen para las miniaturas
Destificación de emisión en DAS/HS/HL
interpretar como página del hombre
Devuelve el total de la suma de los dos matrizs.
Asoja (as)
Mostrar HTML si presente
Presuelto para cerrar
La exportación GLPK no está disponible.
Periodo
Fuente...
Arrepiar por
Este valor determina si mostrar los nombres de las hojas en la lista de nombres y redodo.
Define si los gráficos en el documento se muestran o ocultas.
Confojo de Conf-Page
Escriba la contraseña.
Editar detalles de transacción importada
Carpeta nueva...
Archivo de archivo de configuración de configuración en acciones/dbb/dbs-vb.
Seleccionar todos los objetos
no se pudo unadencia SSPI
índice de pantalla
No tiene cuentas seleccionadas.
"V" para el valor de la tecla azul (en los colores de la tecla azul). De 0 a 255. Por defecto para azul para azul.
Ir a pestaña anterior
Rankas y Porcentajes...
Bookks personalizados
Restablecer el lienzo del lienzo
No mostrar ningún subtotal para cuentas.
mano localización local:
Sad
P&ición del cursor de Stotore
Formato de documento de documento (.pf)
Es posible que el tiempo desinviar el software que está cargado del dispositivo, cuando se inicia el dispositivo. Se está activada y la función está correcta.
tras
Rellenar relleno
Insertar Emovio
falta un número hexadecimal en escape
Nodo: entrada de datos
Nuevo nuevo en la línea GUI (enmpliaciones) para la línea circular, línea y la ampliación y la ampliación
Por defecto de usuario no se debe incluir transacciones en una transacción de un boletín. Closlos de transacción son transferencias de transferencias y gastos y gastos, y deben comparararse, y se pueden contener un boletín.
Ruta no válida
Herramienta de la herramienta: Heregulidad de la imagen arregulidad
Opciones de control de seguridad
Mixeración del canal...
Gnumeric XML sincomprimido (.xml)
Introduzca el ángulo de rotación para las líneas, o pulse en una posición en el ángulo de la rejilla.
actual
Limpiar la lista de áreas de fuentes
Fuente y destino de compartir:
ngulo de ngulo
El archivo contiene caracteres UTF-8 no válidos y se ha truncado
Forzar imágenes en el correo HTML para cargar
Biblamente
Capa nueva...
Cter.:set
Se ha sido conectado desde el servidor.
